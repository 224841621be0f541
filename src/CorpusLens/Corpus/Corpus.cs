using Microsoft.Data.Analysis;

namespace CorpusLens;

/// <summary>
/// A loaded corpus: its articles (cleaned of boilerplate, with language, date and sentences), exposed as
/// Microsoft.Data.Analysis DataFrames, and the report of what the load did.
/// </summary>
/// <example>
/// <code>
/// var corpus = Corpus.Load("data");
/// corpus.Articles          // DataFrame: id, title, language, date, source, words, sentences, text, …
/// corpus.Sentences         // DataFrame: article, index, text
/// corpus.Report.Summary    // "loaded 5 articles, skipped 0"
/// </code>
/// </example>
public sealed class Corpus
{
    private readonly Lazy<DataFrame> articles;
    private readonly Lazy<DataFrame> sentences;
    private readonly Lazy<DataFrame> removedLines;

    private Corpus(IReadOnlyList<Article> documents, LoadReport report, string location)
    {
        Documents = documents;
        Report = report;
        Location = location;
        articles = new Lazy<DataFrame>(() => CorpusFrames.Articles(Documents));
        sentences = new Lazy<DataFrame>(() => CorpusFrames.Sentences(Documents));
        removedLines = new Lazy<DataFrame>(() => CorpusFrames.RemovedLines(Documents));
    }

    /// <summary>The articles, in load order (files sorted by name).</summary>
    public IReadOnlyList<Article> Documents { get; }

    /// <summary>What the load did: articles loaded, files or rows skipped and why, notes and warnings.</summary>
    public LoadReport Report { get; }

    /// <summary>The folder or file the corpus was loaded from.</summary>
    public string Location { get; }

    /// <summary>One row per article: id, title, language, language_score, date, source, words, sentences, text, path, then further metadata columns.</summary>
    public DataFrame Articles => articles.Value;

    /// <summary>One row per sentence: article, index, text.</summary>
    public DataFrame Sentences => sentences.Value;

    /// <summary>One row per line the boilerplate rules removed: article, line, rule, text.</summary>
    public DataFrame RemovedLines => removedLines.Value;

    /// <summary>The article with <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No article has that id.</exception>
    public Article this[string id] =>
        Documents.FirstOrDefault(article => article.Id == id) ?? throw new KeyNotFoundException($"no article with id '{id}'");

    /// <summary>
    /// Loads a corpus from a folder of .txt/.md files (optional YAML front matter, optional metadata.csv beside
    /// them), a .csv file with a text column, or a .jsonl file with a text field. Unusable inputs are skipped
    /// and reported in <see cref="Report"/>; nothing is dropped silently.
    /// </summary>
    /// <param name="path">A folder, a .csv file or a .jsonl file.</param>
    /// <param name="textColumn">The CSV column or JSON field that holds the text.</param>
    /// <param name="metadataFile">A metadata CSV (id, title, language, date, source, …); default: metadata.csv in the folder.</param>
    /// <param name="recursive">Also read the files in sub-folders.</param>
    /// <param name="boilerplateRules">The rules that remove web-page debris; default <see cref="BoilerplateRules.All"/>; pass [] to keep the text as it is.</param>
    /// <exception cref="CorpusLensException">The path does not exist, or a CSV lacks the text column.</exception>
    /// <example><code>var corpus = Corpus.Load("articles.csv", textColumn: "body");</code></example>
    public static Corpus Load(
        string path,
        string textColumn = "text",
        string? metadataFile = null,
        bool recursive = false,
        IReadOnlyList<BoilerplateRule>? boilerplateRules = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var report = new LoadReport();
        var boilerplate = new BoilerplateRemover(boilerplateRules ?? BoilerplateRules.All);
        IEnumerable<RawDocument> raw;
        if (Directory.Exists(path))
        {
            if (metadataFile is not null && !File.Exists(metadataFile))
            {
                throw new CorpusLensException($"{metadataFile}: metadata file not found");
            }
            raw = CorpusSources.ReadFolder(path, metadataFile, recursive, report);
        }
        else if (File.Exists(path))
        {
            raw = Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".csv" => CorpusSources.ReadCsv(path, textColumn, report),
                ".jsonl" or ".ndjson" => CorpusSources.ReadJsonLines(path, textColumn, report),
                ".txt" or ".md" => CorpusSources.ReadFolder(Path.GetDirectoryName(Path.GetFullPath(path))!, metadataFile, false, report)
                    .Where(document => Path.GetFullPath(document.Path) == Path.GetFullPath(path)),
                var other => throw new CorpusLensException($"{path}: cannot load '{other}' files; give a folder of .txt/.md files, a .csv or a .jsonl file"),
            };
        }
        else
        {
            throw new CorpusLensException($"{path}: no such folder or file");
        }

        var unique = CorpusSources.Unique(raw, report).ToList();
        var built = unique.AsParallel().AsOrdered().Select(document => ArticleBuilder.Build(document, boilerplate)).ToList();
        report.Loaded = built.Count;
        report.BoilerplateRemovals = built.Sum(article => article.RemovedLines.Count);
        return new Corpus(built, report, path);
    }

    /// <summary>A corpus made from articles already in memory (for tests, generated corpora, or a filtered subset).</summary>
    public static Corpus FromArticles(IEnumerable<Article> articles, string location = "")
    {
        var list = articles.ToList();
        var report = new LoadReport { Loaded = list.Count };
        return new Corpus(list, report, location);
    }

    /// <summary>A new corpus with only the articles for which <paramref name="predicate"/> holds.</summary>
    public Corpus Where(Func<Article, bool> predicate) => FromArticles(Documents.Where(predicate), Location);

    /// <summary>
    /// The bundled corpus folder (data/ at the repository root), found by walking up from <paramref name="start"/>
    /// (default: the current folder, then the program's folder) to the folder holding Analysis.sln.
    /// </summary>
    /// <exception cref="CorpusLensException">No repository with a data/ folder was found.</exception>
    public static string FindBundledData(string? start = null)
    {
        foreach (var origin in new[] { start, Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = origin is null ? null : new DirectoryInfo(origin); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Analysis.sln")) && Directory.Exists(Path.Combine(folder.FullName, "data")))
                {
                    return Path.Combine(folder.FullName, "data");
                }
            }
        }
        throw new CorpusLensException("the bundled data/ folder was not found: run from inside the repository or give --corpus DIR");
    }
}
