using CorpusLens.Cli;
using StbImageSharp;

namespace CorpusLens.Tests.Export;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("corpuslens-report-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Without_a_browser_the_report_still_writes_html_and_tables_and_says_what_it_skipped()
    {
        var (exit, output, error) = Run("report", "--out", folder, "--browser", Path.Combine(folder, "no-such-browser"));
        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(folder, "report.html")));
        Assert.True(File.Exists(Path.Combine(folder, "charts", "corpus_overview.html")));
        Assert.True(File.Exists(Path.Combine(folder, "tables", "articles.csv")));
        Assert.False(File.Exists(Path.Combine(folder, "charts", "corpus_overview.png")));
        Assert.Contains("Skipped:", output, StringComparison.Ordinal);
        Assert.Matches(@"PNG and SVG charts \(\d+ files\)", output);
        Assert.Contains("apt-get install chromium", output, StringComparison.Ordinal);
        Assert.Contains("[1/", error, StringComparison.Ordinal);
        var header = File.ReadLines(Path.Combine(folder, "tables", "articles.csv")).First();
        Assert.StartsWith("id,title,language", header, StringComparison.Ordinal);
    }

    [Fact]
    public void A_browser_that_will_not_start_is_skipped_with_the_reason_and_the_rest_is_written()
    {
        var notABrowser = Path.Combine(folder, "not-a-browser");
        File.WriteAllText(notABrowser, "#!/bin/sh\nexit 3\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(notABrowser, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var (exit, output, _) = Run("report", "--out", folder, "--formats", "html,png", "--browser", notABrowser, "--timeout", "30");
        Assert.Equal(0, exit);
        Assert.Contains("Skipped:", output, StringComparison.Ordinal);
        Assert.Matches(@"PNG charts \(\d+ files\)", output);
        Assert.Contains($"the browser '{notABrowser}' did not start", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "charts", "corpus_overview.html")));
        Assert.False(File.Exists(Path.Combine(folder, "charts", "corpus_overview.png")));
    }

    [Fact]
    public void Html_only_writes_no_images_and_skips_nothing()
    {
        var (exit, output, _) = Run("report", "--out", folder, "--formats", "html,parquet");
        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(folder, "tables", "articles.parquet")));
        Assert.DoesNotContain("Skipped", output, StringComparison.Ordinal);
        Assert.Contains("report.html", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--formats", "html,gif", "--formats: unknown format 'gif'")]
    [InlineData("--timeout", "0", "--timeout: must be at least 1 second")]
    public void Bad_options_are_one_line_errors(string option, string value, string message)
    {
        var (exit, _, error) = Run("report", "--out", folder, option, value);
        Assert.Equal(1, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [BrowserFact]
    public void With_a_browser_the_report_writes_png_and_svg_for_every_chart()
    {
        var (exit, output, _) = Run("report", "--out", folder, "--formats", "png,svg", "--browser", BrowserForTests.Path!);
        Assert.Equal(0, exit);
        Assert.DoesNotContain("Skipped", output, StringComparison.Ordinal);
        var image = ImageResult.FromMemory(File.ReadAllBytes(Path.Combine(folder, "charts", "corpus_overview.png")), ColorComponents.RedGreenBlue);
        Assert.True(image.Width > 0 && image.Height > 0);
        Assert.StartsWith("<svg", File.ReadAllText(Path.Combine(folder, "charts", "corpus_overview.svg")), StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CorpusLensCommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
