using Microsoft.Data.Analysis;

namespace CorpusLens.Tests.Charts;

/// <summary>Small, realistic frames with exactly the columns of CONTRACTS.md, built by hand.</summary>
internal static class SampleFrames
{
    public static DataFrame TermFrequencies(string groupColumn = "article") => new(
        new StringDataFrameColumn(groupColumn, ["le-monde-2019", "le-monde-2019", "le-monde-2019", "spiegel-2024", "spiegel-2024", "spiegel-2024"]),
        new StringDataFrameColumn("term", ["openai", "microsoft", "milliards", "openai", "ki", "microsoft"]),
        new Int32DataFrameColumn("count", [12, 9, 4, 15, 11, 3]),
        new DoubleDataFrameColumn("per_thousand", [14.2, 10.65, 4.73, 18.75, 13.75, 3.75]),
        new Int32DataFrameColumn("document_frequency", [2, 2, 1, 2, 1, 2]));

    public static DataFrame Keyness() => new(
        new StringDataFrameColumn("term", ["ki", "künstliche", "openai", "microsoft", "milliards", "intelligence"]),
        new DoubleDataFrameColumn("g2", [25.4, 12.1, 0.8, -3.2, -9.7, -14.5]),
        new DoubleDataFrameColumn("chi2", [22.0, 10.3, 0.7, 3.0, 8.8, 13.1]),
        new DoubleDataFrameColumn("log_ratio", [6.1, 4.9, 0.3, -0.9, -4.2, -5.0]),
        new Int32DataFrameColumn("target_count", [11, 5, 15, 3, 0, 0]),
        new Int32DataFrameColumn("reference_count", [0, 0, 40, 30, 17, 25]));

    public static DataFrame Dispersion() => new(
        new StringDataFrameColumn("article", ["le-monde-2019", "le-monde-2019", "le-monde-2019", "spiegel-2024"]),
        new StringDataFrameColumn("term", ["openai", "openai", "risque", "openai"]),
        new Int32DataFrameColumn("position", [3, 410, 122, 57]),
        new DoubleDataFrameColumn("relative_position", [0.005, 0.72, 0.21, 0.09]));

    public static DataFrame StanceArticles() => new(
        new StringDataFrameColumn("article", ["le-monde-2019", "spiegel-2024", "les-echos-2023"]),
        new DoubleDataFrameColumn("score", [-0.4, 0.25, 0.0]),
        new StringDataFrameColumn("label", ["doomer", "boomer", "neutral"]),
        new DoubleDataFrameColumn("doomer", [6.0, 1.5, 2.0]),
        new DoubleDataFrameColumn("boomer", [2.0, 3.5, 2.0]),
        new DoubleDataFrameColumn("doomer_share", [0.75, 0.3, 0.5]),
        new DoubleDataFrameColumn("boomer_share", [0.25, 0.7, 0.5]),
        new Int32DataFrameColumn("sentences", [30, 24, 18]),
        new StringDataFrameColumn("evidence", ["risque(doomer,1.0); danger(doomer,1.0)", "Durchbruch(boomer,1.0)", "progrès(boomer,1.0); menace(doomer,1.0)"]));

    public static DataFrame StanceSentences() => new(
        new StringDataFrameColumn("article", ["le-monde-2019", "le-monde-2019", "le-monde-2019", "spiegel-2024", "spiegel-2024"]),
        new Int32DataFrameColumn("sentence", [0, 1, 2, 0, 1]),
        new StringDataFrameColumn("text", [
            "OpenAI annonce un partenariat avec Microsoft.",
            "Certains chercheurs y voient un risque pour l'humanité.",
            "Il ne faut pas accélérer sans garde-fous.",
            "Microsoft investiert Milliarden in OpenAI.",
            "Ein Durchbruch für die künstliche Intelligenz.",
        ]),
        new DoubleDataFrameColumn("doomer", [0.0, 1.0, 1.0, 0.0, 0.0]),
        new DoubleDataFrameColumn("boomer", [0.0, 0.0, 0.0, 0.0, 1.0]),
        new DoubleDataFrameColumn("score", [0.0, -1.0, -1.0, 0.0, 1.0]),
        new StringDataFrameColumn("label", ["neutral", "doomer", "doomer", "neutral", "boomer"]),
        new StringDataFrameColumn("evidence", ["", "risque(doomer,1.0)", "ne…pas accélérer(negated boomer→doomer)", "", "Durchbruch(boomer,1.0)"]));

    public static DataFrame Sentiment() => new(
        new StringDataFrameColumn("article", ["le-monde-2019", "le-monde-2019", "le-monde-2019", "spiegel-2024", "spiegel-2024"]),
        new Int32DataFrameColumn("sentence", [0, 1, 2, 0, 1]),
        new StringDataFrameColumn("text", ["a", "b", "c", "d", "e"]),
        new DoubleDataFrameColumn("positive", [1.0, 0.0, 0.0, 0.0, 2.0]),
        new DoubleDataFrameColumn("negative", [0.0, 1.0, 0.0, 0.0, 0.0]),
        new DoubleDataFrameColumn("score", [0.5, -0.5, 0.0, 0.0, 1.0]),
        new StringDataFrameColumn("label", ["positive", "negative", "neutral", "neutral", "positive"]));

    public static DataFrame FundingFigures() => new(
        new StringDataFrameColumn("article", ["le-monde-2019", "les-echos-2023", "les-echos-2023", "spiegel-2024"]),
        new Int32DataFrameColumn("sentence", [4, 2, 9, 1]),
        new StringDataFrameColumn("text", ["1 milliard de dollars", "10 milliards de dollars", "29 milliards de dollars", "13 Milliarden Euro"]),
        new Int32DataFrameColumn("start", [10, 33, 5, 20]),
        new Int32DataFrameColumn("end", [31, 56, 28, 38]),
        new DoubleDataFrameColumn("amount", [1e9, 1e10, 2.9e10, 1.3e10]),
        new StringDataFrameColumn("currency", ["USD", "USD", "USD", "EUR"]),
        new DoubleDataFrameColumn("usd", [1e9, 1e10, 2.9e10, double.NaN]),
        new StringDataFrameColumn("qualifier", ["", "", "about", ""]),
        new StringDataFrameColumn("kind", ["investment", "investment", "valuation", "investment"]),
        new StringDataFrameColumn("investor", ["Microsoft", "Microsoft", "", "Microsoft"]),
        new StringDataFrameColumn("recipient", ["OpenAI", "OpenAI", "OpenAI", "OpenAI"]),
        new Int32DataFrameColumn("year", new int?[] { 2019, 2023, null, 2023 }),
        new BooleanDataFrameColumn("derived", [false, false, false, false]),
        new StringDataFrameColumn("context", ["Microsoft investit 1 milliard de dollars dans OpenAI.", "…", "…", "…"]));

    public static DataFrame FundingComparison() => new(
        new StringDataFrameColumn("recipient", ["OpenAI", "OpenAI", "OpenAI"]),
        new StringDataFrameColumn("kind", ["investment", "investment", "investment"]),
        new StringDataFrameColumn("article", ["les-echos-2023", "spiegel-2024", "le-monde-2019"]),
        new Int32DataFrameColumn("year", [2023, 2023, 2019]),
        new DoubleDataFrameColumn("usd", [1e10, 1.4e10, 1e9]),
        new StringDataFrameColumn("text", ["10 milliards de dollars", "13 Milliarden Euro", "1 milliard de dollars"]),
        new Int32DataFrameColumn("sources", [3, 3, 3]));

    public static DataFrame Articles(string firstTitle = "OpenAI et Microsoft") => new(
        new StringDataFrameColumn("id", ["le-monde-2019", "spiegel-2024", "les-echos-2023"]),
        new StringDataFrameColumn("title", [firstTitle, "Microsoft und OpenAI", "Le pari de Microsoft"]),
        new StringDataFrameColumn("language", ["fr", "de", "fr"]),
        new DoubleDataFrameColumn("language_score", [1.0, 1.0, 1.0]),
        new StringDataFrameColumn("date", ["2019-07", "2024-05", ""]),
        new StringDataFrameColumn("source", ["Le Monde", "Der Spiegel", "Les Echos"]),
        new Int32DataFrameColumn("words", [845, 800, 600]),
        new Int32DataFrameColumn("sentences", [30, 24, 18]));
}
