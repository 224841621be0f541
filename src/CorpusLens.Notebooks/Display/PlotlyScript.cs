using System.Reflection;

namespace CorpusLens.Notebooks.Display;

/// <summary>The plotly.js library that Plotly.NET embeds, for pages that must draw charts offline.</summary>
public static class PlotlyScript
{
    private static readonly Lazy<string> Source = new(Load);

    /// <summary>The minified plotly.js source (about 3.5 MB).</summary>
    public static string Text => Source.Value;

    /// <summary>A <c>&lt;script&gt;</c> element holding plotly.js inline (no external <c>src</c>).</summary>
    public static string InlineScriptElement() => "<script type=\"text/javascript\">" + Text.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase) + "</script>";

    private static string Load()
    {
        var assembly = typeof(Plotly.NET.GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames().First(resource => resource.EndsWith(".min.js", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
