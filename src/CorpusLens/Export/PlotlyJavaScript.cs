namespace CorpusLens.Export;

/// <summary>
/// The plotly.js bundle that Plotly.NET ships inside its assembly (the same file <c>PlotlyJSReference.Full</c>
/// inlines), read once. Pages that inline it work offline: no request to any CDN.
/// </summary>
public static class PlotlyJavaScript
{
    private static readonly Lazy<(string Name, string Source)> Bundle = new(Load);

    /// <summary>The minified plotly.js source (about 3.6 MB).</summary>
    public static string Source => Bundle.Value.Source;

    /// <summary>The plotly.js version, e.g. "2.28.0".</summary>
    public static string Version
    {
        get
        {
            var name = Bundle.Value.Name;
            int start = name.IndexOf("plotly-", StringComparison.Ordinal) + "plotly-".Length;
            int end = name.IndexOf(".min.js", StringComparison.Ordinal);
            return start > "plotly-".Length - 1 && end > start ? name[start..end] : "unknown";
        }
    }

    private static (string Name, string Source) Load()
    {
        var assembly = typeof(Plotly.NET.GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(resource => resource.EndsWith(".min.js", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("Plotly.NET no longer embeds plotly.js (no *.min.js resource)");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var source = reader.ReadToEnd();
        if (source.Contains("</script", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("the embedded plotly.js contains '</script' and cannot be inlined");
        }
        return (name, source);
    }
}
