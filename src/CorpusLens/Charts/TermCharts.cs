using Microsoft.Data.Analysis;
using Plotly.NET;

namespace CorpusLens.Charts;

/// <summary>How term-frequency bars for several groups (articles, languages) are laid out.</summary>
public enum TermLayout
{
    /// <summary>One plot: the overall top terms on x, one bar per group side by side.</summary>
    Grouped,

    /// <summary>One plot per group, stacked, each with that group's own top terms.</summary>
    Faceted,
}

/// <summary>
/// Charts of the term analyses (frames of <c>CorpusLens.Text.TermAnalysis</c>; columns as in CONTRACTS.md):
/// frequency bars, a term-by-article heatmap, keyness as diverging bars, and a dispersion plot.
/// </summary>
/// <example>
/// <code>
/// var chart = TermCharts.Frequencies(frequencies, top: 10, layout: TermLayout.Faceted);
/// ChartExport.ToHtml(chart, "terms.html");
/// </code>
/// </example>
public static class TermCharts
{
    /// <summary>
    /// Bars of the most frequent terms per group. <paramref name="frequencies"/>: first column the group (article,
    /// language, corpus, …), then <c>term</c>, <c>count</c>, <c>per_thousand</c>, <c>document_frequency</c>.
    /// </summary>
    /// <param name="frequencies">The grouped term frequencies.</param>
    /// <param name="top">How many terms: overall (grouped) or per group (faceted).</param>
    /// <param name="layout">Grouped bars in one plot, or one plot per group.</param>
    /// <param name="perThousand">Bar height per 1,000 words (comparable across groups) rather than raw counts.</param>
    public static GenericChart Frequencies(DataFrame frequencies, int top = 10, TermLayout layout = TermLayout.Grouped, bool perThousand = true) =>
        PlotlyNetRenderer.Render(FrequenciesSpec(frequencies, top, layout, perThousand));

    /// <summary>A heatmap of the <paramref name="top"/> terms (rows) by group (columns), coloured by frequency per 1,000 words.</summary>
    public static GenericChart FrequencyHeatmap(DataFrame frequencies, int top = 20) =>
        PlotlyNetRenderer.Render(HeatmapSpec(frequencies, top));

    /// <summary>
    /// Keyness as diverging horizontal bars: the <paramref name="top"/> terms most over-used in the target (positive
    /// signed G², right) and in the reference (negative, left). Columns: <c>term</c>, <c>g2</c>, <c>log_ratio</c>,
    /// <c>target_count</c>, <c>reference_count</c>.
    /// </summary>
    /// <param name="keyness">The keyness frame.</param>
    /// <param name="top">How many terms on each side.</param>
    /// <param name="targetName">What the target corpus is, in words ("the German article").</param>
    /// <param name="referenceName">What the reference corpus is, in words ("the French articles").</param>
    public static GenericChart Keyness(DataFrame keyness, int top = 15, string targetName = "target", string referenceName = "reference") =>
        PlotlyNetRenderer.Render(KeynessSpec(keyness, top, targetName, referenceName));

    /// <summary>
    /// A lexical dispersion plot: one row per article and term, a tick where the term occurs, from the start (0) to the
    /// end (1) of the article. Columns: <c>article</c>, <c>term</c>, <c>position</c>, <c>relative_position</c>.
    /// </summary>
    public static GenericChart Dispersion(DataFrame dispersion) => PlotlyNetRenderer.Render(DispersionSpec(dispersion));

    internal static ChartSpec FrequenciesSpec(DataFrame frequencies, int top, TermLayout layout, bool perThousand)
    {
        const string chart = "term frequency";
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var rows = FrequencyRows(frequencies, chart);
        var groupName = frequencies.Columns[0].Name;
        var groups = rows.Select(row => row.Group).Distinct().ToList();
        var measure = perThousand ? "Occurrences per 1,000 words" : "Occurrences";
        double Value(FrequencyRow row) => perThousand ? row.PerThousand : row.Count;
        string Hover(FrequencyRow row) =>
            $"<b>{PlotText.Escape(row.Term)}</b> in {PlotText.Escape(row.Group)}<br>{row.Count} occurrences, " +
            $"{PlotText.Number(row.PerThousand)} per 1,000 words<br>in {row.DocumentFrequency} article(s)";
        if (layout == TermLayout.Faceted && groups.Count > 1)
        {
            var spec = new ChartSpec
            {
                Title = $"Most frequent terms per {groupName}",
                XTitle = "Term",
                YTitle = measure,
                FacetTitles = groups,
                Height = Math.Max(400, 260 * groups.Count),
            };
            for (int index = 0; index < groups.Count; index++)
            {
                var chosen = rows.Where(row => row.Group == groups[index]).OrderByDescending(Value).Take(top).ToList();
                spec.Traces.Add(new TraceSpec
                {
                    Name = PlotText.Escape(groups[index]),
                    Kind = TraceKind.Column,
                    X = chosen.Select(row => (IConvertible)PlotText.Escape(row.Term)).ToList(),
                    Y = chosen.Select(row => (IConvertible)Value(row)).ToList(),
                    Hover = chosen.Select(Hover).ToList(),
                    Color = ChartColors.ForIndex(index),
                    Facet = index + 1,
                    ShowLegend = false,
                });
            }
            return spec;
        }
        var topTerms = rows.GroupBy(row => row.Term, StringComparer.Ordinal)
            .Select(terms => (Term: terms.Key, Total: terms.Sum(Value)))
            .OrderByDescending(term => term.Total).ThenBy(term => term.Term, StringComparer.Ordinal)
            .Take(top).Select(term => term.Term).ToList();
        var grouped = new ChartSpec
        {
            Title = groups.Count > 1 ? $"Most frequent terms, by {groupName}" : "Most frequent terms",
            XTitle = "Term",
            YTitle = measure,
            BarMode = "group",
        };
        for (int index = 0; index < groups.Count; index++)
        {
            var byTerm = rows.Where(row => row.Group == groups[index]).ToDictionary(row => row.Term, StringComparer.Ordinal);
            var present = topTerms.Where(byTerm.ContainsKey).Select(term => byTerm[term]).ToList();
            grouped.Traces.Add(new TraceSpec
            {
                Name = PlotText.Escape(groups[index]),
                Kind = TraceKind.Column,
                X = present.Select(row => (IConvertible)PlotText.Escape(row.Term)).ToList(),
                Y = present.Select(row => (IConvertible)Value(row)).ToList(),
                Hover = present.Select(Hover).ToList(),
                Color = ChartColors.ForIndex(index),
            });
        }
        return grouped;
    }

    internal static ChartSpec HeatmapSpec(DataFrame frequencies, int top)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var rows = FrequencyRows(frequencies, "term heatmap");
        var groupName = frequencies.Columns[0].Name;
        var groups = rows.Select(row => row.Group).Distinct().ToList();
        var terms = rows.GroupBy(row => row.Term, StringComparer.Ordinal)
            .Select(term => (Term: term.Key, Total: term.Sum(row => row.Count)))
            .OrderByDescending(term => term.Total).ThenBy(term => term.Term, StringComparer.Ordinal)
            .Take(top).Select(term => term.Term).ToList();
        var lookup = new Dictionary<(string Group, string Term), FrequencyRow>();
        foreach (var row in rows)
        {
            lookup.TryAdd((row.Group, row.Term), row);
        }
        var z = terms.Select(term => (IReadOnlyList<double>)groups
            .Select(group => lookup.TryGetValue((group, term), out var row) ? row.PerThousand : 0.0).ToList()).ToList();
        var spec = new ChartSpec
        {
            Title = $"Term frequency by {groupName} (per 1,000 words)",
            XTitle = Capitalised(groupName),
            YTitle = "Term",
            XCategories = true,
            Height = Math.Max(400, 120 + 24 * terms.Count),
        };
        spec.Traces.Add(new TraceSpec
        {
            Name = "Occurrences per 1,000 words",
            Kind = TraceKind.Heatmap,
            X = groups.Select(group => (IConvertible)PlotText.Escape(group)).ToList(),
            Y = terms.Select(term => (IConvertible)PlotText.Escape(term)).ToList(),
            Z = z,
        });
        return spec;
    }

    internal static ChartSpec KeynessSpec(DataFrame keyness, int top, string targetName, string referenceName)
    {
        const string chart = "keyness";
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var terms = FrameReader.Strings(keyness, "term", chart);
        var g2 = FrameReader.Doubles(keyness, "g2", chart);
        var logRatio = FrameReader.Doubles(keyness, "log_ratio", chart);
        var targetCount = FrameReader.Integers(keyness, "target_count", chart);
        var referenceCount = FrameReader.Integers(keyness, "reference_count", chart);
        var rows = Enumerable.Range(0, terms.Length).Where(row => double.IsFinite(g2[row])).ToList();
        var over = rows.Where(row => g2[row] > 0).OrderByDescending(row => g2[row]).Take(top).Reverse().ToList();
        var under = rows.Where(row => g2[row] < 0).OrderBy(row => g2[row]).Take(top).ToList();
        string Hover(int row) =>
            $"<b>{PlotText.Escape(terms[row])}</b><br>signed G² {PlotText.Number(g2[row])}, log ratio {PlotText.Number(logRatio[row])}<br>" +
            $"{targetCount[row]} in {PlotText.Escape(targetName)}, {referenceCount[row]} in {PlotText.Escape(referenceName)}";
        var spec = new ChartSpec
        {
            Title = $"Key terms: {PlotText.Escape(targetName)} compared with {PlotText.Escape(referenceName)}",
            XTitle = $"← more in {PlotText.Escape(referenceName)} · signed log-likelihood (G²) · more in {PlotText.Escape(targetName)} →",
            YTitle = "Term",
            BarMode = "relative",
            Height = Math.Max(400, 120 + 22 * (over.Count + under.Count)),
        };
        spec.Traces.Add(KeynessTrace($"Over-used in {PlotText.Escape(referenceName)}", under, terms, g2, Hover, ChartColors.ForIndex(1)));
        spec.Traces.Add(KeynessTrace($"Over-used in {PlotText.Escape(targetName)}", over, terms, g2, Hover, ChartColors.ForIndex(0)));
        return spec;
    }

    internal static ChartSpec DispersionSpec(DataFrame dispersion)
    {
        const string chart = "dispersion";
        var articles = FrameReader.Strings(dispersion, "article", chart);
        var terms = FrameReader.Strings(dispersion, "term", chart);
        var positions = FrameReader.Integers(dispersion, "position", chart);
        var relative = FrameReader.Doubles(dispersion, "relative_position", chart);
        var distinctTerms = terms.Distinct(StringComparer.Ordinal).ToList();
        var rowLabels = articles.Zip(terms, (article, term) => article + " · " + term).Distinct(StringComparer.Ordinal).Count();
        var spec = new ChartSpec
        {
            Title = "Where the terms occur in each article",
            XTitle = "Position in the article (0 = start, 1 = end)",
            YTitle = "Article · term",
            XRange = (-0.02, 1.02),
            Height = Math.Max(350, 120 + 28 * rowLabels),
        };
        for (int index = 0; index < distinctTerms.Count; index++)
        {
            var rows = Enumerable.Range(0, terms.Length).Where(row => terms[row] == distinctTerms[index]).ToList();
            spec.Traces.Add(new TraceSpec
            {
                Name = PlotText.Escape(distinctTerms[index]),
                Kind = TraceKind.Markers,
                X = rows.Select(row => (IConvertible)relative[row]).ToList(),
                Y = rows.Select(row => (IConvertible)PlotText.Escape(articles[row] + " · " + terms[row])).ToList(),
                Hover = rows.Select(row =>
                    $"<b>{PlotText.Escape(terms[row])}</b> in {PlotText.Escape(articles[row])}<br>token {positions[row]}, " +
                    $"{PlotText.Number(relative[row] * 100, 0)}% into the article").ToList(),
                Color = ChartColors.ForIndex(index),
                Symbol = "line-ns-open",
                Size = 16,
            });
        }
        return spec;
    }

    private static TraceSpec KeynessTrace(string name, List<int> rows, string[] terms, double[] g2, Func<int, string> hover, string color) => new()
    {
        Name = name,
        Kind = TraceKind.Bar,
        X = rows.Select(row => (IConvertible)g2[row]).ToList(),
        Y = rows.Select(row => (IConvertible)PlotText.Escape(terms[row])).ToList(),
        Hover = rows.Select(hover).ToList(),
        Color = color,
    };

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private sealed record FrequencyRow(string Group, string Term, int Count, double PerThousand, int DocumentFrequency);

    private static List<FrequencyRow> FrequencyRows(DataFrame frequencies, string chart)
    {
        ArgumentNullException.ThrowIfNull(frequencies);
        if (frequencies.Columns.Count == 0)
        {
            throw new ArgumentException($"the {chart} chart needs a grouping column first, then term, count, per_thousand, document_frequency", nameof(frequencies));
        }
        var groups = FrameReader.Strings(frequencies, frequencies.Columns[0].Name, chart);
        var terms = FrameReader.Strings(frequencies, "term", chart);
        var counts = FrameReader.Integers(frequencies, "count", chart);
        var perThousand = FrameReader.Doubles(frequencies, "per_thousand", chart);
        var documentFrequency = FrameReader.Has(frequencies, "document_frequency")
            ? FrameReader.Integers(frequencies, "document_frequency", chart)
            : new int?[terms.Length];
        return Enumerable.Range(0, terms.Length)
            .Select(row => new FrequencyRow(groups[row], terms[row], counts[row] ?? 0, perThousand[row], documentFrequency[row] ?? 0))
            .ToList();
    }
}
