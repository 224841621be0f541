using System.Globalization;
using System.Text;

namespace CorpusLens.Charts;

/// <summary>
/// Text that plotly.js draws (labels, legend names, hover text). plotly.js reads a few HTML tags in such text, so
/// corpus text is escaped (&amp;, &lt;, &gt;; plotly.js shows them as the characters) and only our own line breaks
/// stay markup.
/// </summary>
internal static class PlotText
{
    /// <summary>Escapes &amp;, &lt; and &gt; so plotly.js shows <paramref name="text"/> literally.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        if (text.AsSpan().IndexOfAny("&<>") < 0)
        {
            return text;
        }
        return text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
    }

    /// <summary>Escapes <paramref name="text"/>, shortens it to <paramref name="maximum"/> characters and breaks it into lines of about <paramref name="width"/>.</summary>
    public static string Wrapped(string? text, int width = 70, int maximum = 280)
    {
        var source = (text ?? string.Empty).ReplaceLineEndings(" ").Trim();
        if (source.Length > maximum)
        {
            source = source[..maximum].TrimEnd() + "…";
        }
        var builder = new StringBuilder();
        int lineLength = 0;
        foreach (var word in source.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lineLength > 0 && lineLength + word.Length + 1 > width)
            {
                builder.Append("<br>");
                lineLength = 0;
            }
            else if (lineLength > 0)
            {
                builder.Append(' ');
                lineLength++;
            }
            builder.Append(Escape(word));
            lineLength += word.Length;
        }
        return builder.ToString();
    }

    /// <summary>A number for people: invariant culture, thousands separated, at most <paramref name="decimals"/> decimals.</summary>
    public static string Number(double value, int decimals = 2) =>
        double.IsFinite(value) ? value.ToString("#,0." + new string('#', decimals), CultureInfo.InvariantCulture) : "unknown";

    /// <summary>A money amount in US dollars, in words: "$13 billion", "$650 million", "$12,500".</summary>
    public static string Dollars(double value)
    {
        if (!double.IsFinite(value))
        {
            return "unknown";
        }
        var magnitude = Math.Abs(value);
        return magnitude switch
        {
            >= 1e12 => "$" + Number(value / 1e12) + " trillion",
            >= 1e9 => "$" + Number(value / 1e9) + " billion",
            >= 1e6 => "$" + Number(value / 1e6) + " million",
            _ => "$" + Number(value, 0),
        };
    }
}
