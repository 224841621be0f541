namespace CorpusLens.Export;

/// <summary>
/// Finds a Chromium-family browser already installed (never downloads one): the path in the
/// <c>CORPUSLENS_BROWSER</c> environment variable, then the usual install paths of Debian's chromium, Chromium,
/// Google Chrome and Microsoft Edge on Linux, macOS and Windows.
/// </summary>
public static class BrowserLocator
{
    /// <summary>The environment variable that names the browser executable.</summary>
    public const string EnvironmentVariable = "CORPUSLENS_BROWSER";

    /// <summary>What to do when no browser is found, in one line.</summary>
    public const string InstallHint =
        "install Chromium (Debian/Ubuntu: sudo apt-get install chromium; Fedora: sudo dnf install chromium), Google Chrome or Microsoft Edge, or set CORPUSLENS_BROWSER to the browser's executable";

    /// <summary>The install paths tried, in order, after the environment variable.</summary>
    public static IReadOnlyList<string> Candidates { get; } =
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/lib/chromium/chromium",
        "/snap/bin/chromium",
        "/usr/bin/google-chrome",
        "/usr/bin/google-chrome-stable",
        "/opt/google/chrome/chrome",
        "/usr/bin/microsoft-edge",
        "/usr/bin/microsoft-edge-stable",
        "/opt/microsoft/msedge/msedge",
        "/Applications/Chromium.app/Contents/MacOS/Chromium",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
        @"C:\Program Files\Google\Chrome\Application\chrome.exe",
        @"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe",
        @"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
        @"C:\Program Files\Microsoft\Edge\Application\msedge.exe",
    ];

    /// <summary>The browser to use, or null when none is installed.</summary>
    /// <exception cref="CorpusLensException"><c>CORPUSLENS_BROWSER</c> is set to a path that is not a file.</exception>
    public static string? Find() => Find(Environment.GetEnvironmentVariable(EnvironmentVariable), Candidates);

    /// <summary>The browser to use; a one-line error saying how to install one when there is none.</summary>
    /// <exception cref="BrowserNotFoundException">No browser was found.</exception>
    public static string Require() => Find() ?? throw new BrowserNotFoundException($"no Chromium-family browser found: {InstallHint}");

    /// <summary>The explicit path if given (it must exist), else the first existing candidate, else null.</summary>
    internal static string? Find(string? explicitPath, IEnumerable<string> candidates)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            if (File.Exists(explicitPath))
            {
                return explicitPath;
            }
            throw new BrowserNotFoundException($"{EnvironmentVariable} is set to '{explicitPath}', which is not a file: {InstallHint}");
        }
        return candidates.FirstOrDefault(File.Exists);
    }
}

/// <summary>No usable browser for PNG/SVG export; the message says how to install one.</summary>
public sealed class BrowserNotFoundException : CorpusLensException
{
    /// <summary>Creates the exception with a one-line message.</summary>
    public BrowserNotFoundException(string message)
        : base(message)
    {
    }
}
