using Microsoft.Data.Analysis;
using Plotly.NET;

namespace CorpusLens.Charts;

/// <summary>Charts of the corpus itself, from <see cref="Corpus.Articles"/>.</summary>
public static class CorpusCharts
{
    /// <summary>
    /// Articles by language and date: stacked bars, one per month (or whatever precision the dates have), one colour
    /// per language; hovering lists the titles. Columns: <c>id</c>, <c>title</c>, <c>language</c>, <c>date</c>
    /// (empty dates are shown as "undated").
    /// </summary>
    /// <example><code>CorpusCharts.Overview(Corpus.Load("data").Articles)</code></example>
    public static GenericChart Overview(DataFrame articles) => PlotlyNetRenderer.Render(OverviewSpec(articles));

    /// <summary>The English name of a language code ("fr" → "French"), or the code itself when unknown.</summary>
    public static string LanguageName(string code) => code switch
    {
        "fr" => "French",
        "de" => "German",
        "en" => "English",
        "es" => "Spanish",
        "it" => "Italian",
        "nl" => "Dutch",
        "pt" => "Portuguese",
        "und" => "Undetermined",
        _ => code,
    };

    /// <summary>A y tick every 1 for counts up to 12, else plotly.js's choice.</summary>
    internal static double? SmallCountStep(int largest) => largest <= 12 ? 1 : null;

    internal static ChartSpec OverviewSpec(DataFrame frame)
    {
        const string chart = "corpus overview";
        var ids = FrameReader.Strings(frame, "id", chart);
        var titles = FrameReader.Strings(frame, "title", chart);
        var languages = FrameReader.Strings(frame, "language", chart);
        var dates = FrameReader.Strings(frame, "date", chart).Select(date => string.IsNullOrWhiteSpace(date) ? "undated" : date.Trim()).ToArray();
        var dateOrder = dates.Distinct(StringComparer.Ordinal)
            .OrderBy(date => date == "undated" ? 1 : 0).ThenBy(date => date, StringComparer.Ordinal).ToList();
        var spec = new ChartSpec
        {
            Title = $"The corpus: {ids.Length} article(s) by language and date",
            XTitle = "Publication date",
            YTitle = "Articles",
            BarMode = "stack",
            XCategories = true,
            XCategoryOrder = dateOrder.Select(PlotText.Escape).ToList(),
            YTickStep = SmallCountStep(dates.GroupBy(date => date, StringComparer.Ordinal).Select(group => group.Count()).DefaultIfEmpty(0).Max()),
            Height = 420,
        };
        var distinctLanguages = languages.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        for (int index = 0; index < distinctLanguages.Count; index++)
        {
            var language = distinctLanguages[index];
            var present = dateOrder.Where(date => Enumerable.Range(0, ids.Length).Any(row => languages[row] == language && dates[row] == date)).ToList();
            spec.Traces.Add(new TraceSpec
            {
                Name = PlotText.Escape(LanguageName(language)),
                Kind = TraceKind.Column,
                X = present.Select(date => (IConvertible)PlotText.Escape(date)).ToList(),
                Y = present.Select(date => (IConvertible)Enumerable.Range(0, ids.Length).Count(row => languages[row] == language && dates[row] == date)).ToList(),
                Hover = present.Select(date => $"<b>{PlotText.Escape(LanguageName(language))}, {PlotText.Escape(date)}</b><br>" + string.Join("<br>",
                    Enumerable.Range(0, ids.Length).Where(row => languages[row] == language && dates[row] == date)
                        .Select(row => PlotText.Wrapped(string.IsNullOrWhiteSpace(titles[row]) ? ids[row] : titles[row], maximum: 90)))).ToList(),
                Color = ChartColors.ForIndex(index),
            });
        }
        return spec;
    }
}
