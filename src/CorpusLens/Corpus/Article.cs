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

/// <summary>
/// A sentence of an article. Sentences made by the loader keep no copy of their text: <see cref="Text"/> is cut from
/// the article text when asked for, so a large corpus is held in memory once, not twice.
/// </summary>
public sealed class Sentence
{
    private readonly string source;
    private readonly int sourceStart;

    /// <summary>A sentence with its own text.</summary>
    /// <param name="articleId">The article's id.</param>
    /// <param name="index">Position in the article, from 0.</param>
    /// <param name="text">The sentence text.</param>
    /// <param name="start">Offset of the sentence in the article text.</param>
    public Sentence(string articleId, int index, string text, int start)
        : this(articleId, index, text, 0, text.Length, start)
    {
    }

    private Sentence(string articleId, int index, string source, int sourceStart, int length, int start)
    {
        ArticleId = articleId;
        Index = index;
        this.source = source;
        this.sourceStart = sourceStart;
        Length = length;
        Start = start;
    }

    /// <summary>The article's id.</summary>
    public string ArticleId { get; }

    /// <summary>Position in the article, from 0.</summary>
    public int Index { get; }

    /// <summary>Offset of the sentence in the article text.</summary>
    public int Start { get; }

    /// <summary>Number of characters.</summary>
    public int Length { get; }

    /// <summary>The sentence text (a new string each time for loader-made sentences; use <see cref="Span"/> to avoid it).</summary>
    public string Text => sourceStart == 0 && Length == source.Length ? source : source.Substring(sourceStart, Length);

    /// <summary>The sentence text without copying it.</summary>
    public ReadOnlyMemory<char> Span => source.AsMemory(sourceStart, Length);

    /// <summary>A sentence that is the range [<paramref name="start"/>, start + length) of <paramref name="articleText"/>.</summary>
    internal static Sentence InArticle(string articleId, int index, string articleText, int start, int length) =>
        new(articleId, index, articleText, start, length, start);

    /// <inheritdoc />
    public override string ToString() => $"{ArticleId}#{Index}: {Text}";
}

/// <summary>A line (or the start of a line) that a boilerplate rule removed from an article.</summary>
/// <param name="Line">1-based line number in the file as received.</param>
/// <param name="Text">What was removed.</param>
/// <param name="Rule">The name of the rule that removed it (see <see cref="BoilerplateRules"/>).</param>
public sealed record RemovedLine(int Line, string Text, string Rule);
