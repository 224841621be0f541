using CorpusLens.Export;

namespace CorpusLens.Tests.Export;

public sealed class BrowserLocatorTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("corpuslens-locator-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void An_explicit_path_that_exists_wins_over_the_candidates()
    {
        var explicitPath = Touch("my-chrome");
        var candidate = Touch("chromium");
        Assert.Equal(explicitPath, BrowserLocator.Find(explicitPath, [candidate]));
    }

    [Fact]
    public void An_explicit_path_that_does_not_exist_is_an_error_saying_how_to_install_a_browser()
    {
        var missing = Path.Combine(folder, "nope");
        var error = Assert.Throws<BrowserNotFoundException>(() => BrowserLocator.Find(missing, [Touch("chromium")]));
        Assert.Contains(BrowserLocator.EnvironmentVariable, error.Message);
        Assert.Contains("apt-get install chromium", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Without_an_explicit_path_the_first_existing_candidate_is_used()
    {
        var second = Touch("google-chrome");
        Assert.Equal(second, BrowserLocator.Find(null, [Path.Combine(folder, "chromium"), second]));
        Assert.Equal(second, BrowserLocator.Find("  ", [second]));
    }

    [Fact]
    public void No_candidate_means_no_browser() => Assert.Null(BrowserLocator.Find(null, [Path.Combine(folder, "chromium")]));

    [Fact]
    public void The_candidates_start_with_Debian_chromium() => Assert.Equal("/usr/bin/chromium", BrowserLocator.Candidates[0]);

    [Theory]
    [InlineData("chart.png", ImageFormat.Png)]
    [InlineData("CHART.SVG", ImageFormat.Svg)]
    public void Image_format_follows_the_extension(string path, ImageFormat format) => Assert.Equal(format, ImageFormats.FromPath(path));

    [Fact]
    public void An_unknown_image_extension_is_a_one_line_error() =>
        Assert.Contains("use .png or .svg", Assert.Throws<CorpusLensException>(() => ImageFormats.FromPath("chart.gif")).Message);

    private string Touch(string name)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, string.Empty);
        return path;
    }
}
