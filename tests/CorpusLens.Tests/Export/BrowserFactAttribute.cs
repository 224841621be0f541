using CorpusLens.Export;

namespace CorpusLens.Tests.Export;

/// <summary>
/// A fact that needs a Chromium-family browser. Without one it is reported as skipped, with the reason (never
/// silently passed); .ci/run installs Debian's chromium so these run in CI.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserForTests.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>The browser the tests use, found once.</summary>
internal static class BrowserForTests
{
    private static readonly Lazy<(string? Path, string? Reason)> Found = new(() =>
    {
        try
        {
            return BrowserLocator.Find() is { } path
                ? (path, null)
                : (null, $"no Chromium-family browser on this machine: {BrowserLocator.InstallHint} (.ci/run installs Debian's chromium)");
        }
        catch (BrowserNotFoundException exception)
        {
            return (null, exception.Message);
        }
    });

    public static string? Path => Found.Value.Path;

    public static string? SkipReason => Found.Value.Reason;
}
