using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CorpusLens.Tests.Build;

public class PackageVersionTests
{
    private static readonly Regex ExactVersion = new(@"^\d+\.\d+\.\d+(\.\d+)?(-[0-9A-Za-z.-]+)?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static TheoryData<string, bool> Versions => new()
    {
        { "0.23.1", true },
        { "4.8.0-beta00017", true },
        { "1.0.0-beta.23562.1", true },
        { "1.2.3.4", true },
        { "1.*", false },
        { "[1.0,2.0)", false },
        { "1.0.*-beta", false },
        { "", false },
        { "latest", false },
    };

    [Theory]
    [MemberData(nameof(Versions))]
    public void The_exact_version_rule_accepts_exact_versions_only(string version, bool exact)
    {
        Assert.Equal(exact, ExactVersion.IsMatch(version));
    }

    [Fact]
    public void Every_central_package_version_is_exact_and_transitive_pinning_is_on()
    {
        var props = XDocument.Load(RepositoryFiles.PathOf("Directory.Packages.props"));
        var versions = props.Descendants("PackageVersion").ToList();
        Assert.NotEmpty(versions);
        foreach (var package in versions)
        {
            var version = (string?)package.Attribute("Version") ?? string.Empty;
            Assert.True(ExactVersion.IsMatch(version), $"{package.Attribute("Include")} has a floating or empty version '{version}'");
        }
        Assert.Equal("true", props.Descendants("CentralPackageTransitivePinningEnabled").Single().Value);
        Assert.Equal("true", props.Descendants("ManagePackageVersionsCentrally").Single().Value);
    }

    [Fact]
    public void No_project_sets_a_version_of_its_own()
    {
        var projects = Directory.EnumerateFiles(RepositoryFiles.Root, "*.csproj", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));
        foreach (var project in projects)
        {
            var references = XDocument.Load(project).Descendants("PackageReference");
            foreach (var reference in references)
            {
                Assert.True(reference.Attribute("Version") is null && reference.Attribute("VersionOverride") is null,
                    $"{Path.GetFileName(project)}: {reference.Attribute("Include")} sets its own version; versions live in Directory.Packages.props");
            }
        }
    }
}
