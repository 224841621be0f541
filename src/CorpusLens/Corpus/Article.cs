namespace CorpusLens;

/// <summary>One article of a corpus, cleaned of boilerplate, with its sentences.</summary>
public sealed record Article
{
    /// <summary>Unique identifier: the file name without extension, or the id given by metadata.</summary>
    public required string Id { get; init; }

    /// <summary>Title from metadata, else the first line when it looks like a title, else empty.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>ISO 639-1 code (fr, de, en, …) or "und" when it could not be told.</summary>
    public required string Language { get; init; }

    /// <summary>Share of the detector's evidence for <see cref="Language"/> (0 to 1); 1 when metadata set it.</summary>
    public double LanguageScore { get; init; }

    /// <summary>Where the language came from: "metadata" or "detected".</summary>
    public string LanguageSource { get; init; } = "detected";

    /// <summary>Publication date as precise as known, ISO 8601 (2019-07, 2023-11-20), or empty.</summary>
    public string Date { get; init; } = string.Empty;

    /// <summary>The publication the text names as its source, or empty.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>The article text after boilerplate removal: paragraphs separated by line breaks.</summary>
    public required string Text { get; init; }

    /// <summary>The sentences of <see cref="Text"/>, in order.</summary>
    public required IReadOnlyList<Sentence> Sentences { get; init; }

    /// <summary>Number of word and number tokens in <see cref="Text"/>.</summary>
    public int WordCount { get; init; }

    /// <summary>The file the article came from (for a CSV or JSONL corpus: that file).</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>The lines the boilerplate rules removed, for inspection.</summary>
    public IReadOnlyList<RemovedLine> RemovedLines { get; init; } = [];

    /// <summary>Further metadata (columns of the metadata file, front-matter keys) by name.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();
}

/// <summary>A sentence of an article.</summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="Index">Position in the article, from 0.</param>
/// <param name="Text">The sentence text.</param>
/// <param name="Start">Offset of the sentence in the article text.</param>
public sealed record Sentence(string ArticleId, int Index, string Text, int Start);

/// <summary>A line (or the start of a line) that a boilerplate rule removed from an article.</summary>
/// <param name="Line">1-based line number in the file as received.</param>
/// <param name="Text">What was removed.</param>
/// <param name="Rule">The name of the rule that removed it (see <see cref="BoilerplateRules"/>).</param>
public sealed record RemovedLine(int Line, string Text, string Rule);
