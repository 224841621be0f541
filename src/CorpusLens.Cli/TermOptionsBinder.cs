using Microsoft.Data.Analysis;
using System.CommandLine;
using CorpusLens.Diagnostics;
using CorpusLens.Text;

namespace CorpusLens.Cli;

/// <summary>The options that say what counts as a term, shared by terms, keyness and collocations.</summary>
public sealed class TermOptionsBinder
{
    private readonly Option<bool> stem = new("--stem") { Description = "Count Snowball stems (fr, de, en); proper names are never stemmed" };
    private readonly Option<bool> showKeys = new("--show-stems") { Description = "Show terms as their counting key (the stem) instead of the most frequent surface form" };
    private readonly Option<bool> keepStopwords = new("--keep-stopwords") { Description = "Keep the words of the Lucene stop lists" };
    private readonly Option<string?> stopwords = new("--stopwords") { Description = "Further stopwords, comma-separated", HelpName = "WORDS" };
    private readonly Option<bool> noNumbers = new("--no-numbers") { Description = "Leave numbers out" };
    private readonly Option<CompoundCounting> compounds = new("--compounds")
    {
        Description = "Hyphenated compounds: whole (one term), parts, or wholeandparts (both)",
        HelpName = UsageErrors.HelpNameOf<CompoundCounting>(),
        DefaultValueFactory = _ => CompoundCounting.Whole,
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(stem);
        command.Options.Add(showKeys);
        command.Options.Add(keepStopwords);
        command.Options.Add(stopwords);
        command.Options.Add(noNumbers);
        command.Options.Add(compounds);
    }

    /// <summary>The <see cref="TermOptions"/> the user asked for, with n-gram size <paramref name="nGram"/>.</summary>
    public TermOptions Bind(ParseResult parseResult, int nGram = 1)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return new TermOptions
        {
            Stem = parseResult.GetValue(stem),
            Display = parseResult.GetValue(showKeys) ? TermDisplay.Key : TermDisplay.Surface,
            RemoveStopwords = !parseResult.GetValue(keepStopwords),
            ExtraStopwords = (parseResult.GetValue(stopwords) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            IncludeNumbers = !parseResult.GetValue(noNumbers),
            Compounds = parseResult.GetValue(compounds),
            NGram = nGram,
        };
    }

    /// <summary>
    /// Counts the terms of <paramref name="corpusPath"/>: a large folder (over <paramref name="streamThreshold"/>
    /// .txt and .md files, or any folder with <paramref name="stream"/>) or a large .csv/.jsonl file
    /// (<see cref="ShouldStreamFile"/>) is streamed without loading it; anything else is loaded as a <see cref="Corpus"/> (boilerplate removed, metadata applied).
    /// </summary>
    public static TermIndex Count(string? corpusPath, TermOptions options, bool stream, TextWriter error, string textColumn = "text", int streamThreshold = 1000)
    {
        ArgumentNullException.ThrowIfNull(error);
        var path = corpusPath ?? Corpus.FindBundledData();
        bool folder = ShouldStream(path, stream, streamThreshold);
        if (folder || ShouldStreamFile(path, stream))
        {
            var report = new LoadReport();
            var index = folder ? TermCounter.CountFolder(path, options, report: report) : TermCounter.CountFile(path, options, textColumn, report);
            // The two counting threads' vocabularies (about 100 MB on 100 MB of text) are garbage once the index is
            // built; collecting them now lets the frequency phase reuse that memory instead of faulting in fresh
            // pages (gen100: 15-20 ms; peak RSS 292-307 -> 237 MB).
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
            PhaseTimer.Mark("collect counting memory");
            WriteStreamReport(report, error, $", {index.TotalTokens} tokens, {index.TermCount} terms", StreamedUnit(path));
            return index;
        }
        return TermCounter.Count(CommonOptions.LoadCorpus(path, error, textColumn), options);
    }

    /// <summary>A .csv or .jsonl file is streamed when asked, or when it is larger than this (about 3,000 articles of 5 KB).</summary>
    public const long FileStreamThreshold = 16L << 20;

    /// <summary>Whether <paramref name="path"/> is a .csv, .jsonl or .ndjson file to stream: when asked, else when larger than <paramref name="threshold"/> bytes.</summary>
    public static bool ShouldStreamFile(string path, bool stream, long threshold = FileStreamThreshold) =>
        TermCounter.IsRecordFile(path) && (stream || new FileInfo(path).Length > threshold);

    /// <summary>
    /// The frame a command prints for <paramref name="path"/>: <paramref name="streamed"/>'s when the folder or file is to
    /// be streamed (<see cref="ShouldStreamAny"/>), its report then on <paramref name="error"/> with
    /// <paramref name="counts"/> of the frame; else <paramref name="loaded"/>'s of the loaded corpus, the load's
    /// messages on <paramref name="error"/>.
    /// </summary>
    public static DataFrame StreamOrLoad(string path, bool stream, TextWriter error, string textColumn, Func<LoadReport, DataFrame> streamed,
        Func<Corpus, DataFrame> loaded, Func<DataFrame, string>? counts = null)
    {
        ArgumentNullException.ThrowIfNull(streamed);
        ArgumentNullException.ThrowIfNull(loaded);
        if (ShouldStreamAny(path, stream))
        {
            var report = new LoadReport();
            var frame = streamed(report);
            WriteStreamReport(report, error, counts?.Invoke(frame) ?? string.Empty, StreamedUnit(path));
            return frame;
        }
        return loaded(CommonOptions.LoadCorpus(path, error, textColumn));
    }

    /// <summary>Whether <paramref name="path"/> is a folder or a .csv/.jsonl file to stream (<see cref="ShouldStream"/>, <see cref="ShouldStreamFile"/>).</summary>
    public static bool ShouldStreamAny(string path, bool stream) => ShouldStream(path, stream) || ShouldStreamFile(path, stream);

    /// <summary>What a stream of <paramref name="path"/> counts, for its report: articles of one file, else files.</summary>
    public static string StreamedUnit(string path) => File.Exists(path) ? "article" : "file";

    /// <summary>Whether <paramref name="path"/> is a folder to stream: any folder when asked, else one of more than <paramref name="threshold"/> .txt and .md files.</summary>
    public static bool ShouldStream(string path, bool stream, int threshold = 1000) =>
        Directory.Exists(path) && (stream || TextFiles(path).Take(threshold + 1).Count() > threshold);

    /// <summary>
    /// Writes a streamed folder's skips, notes and warnings to <paramref name="error"/>, one a line, then
    /// "streamed N files, skipped K (…)", <paramref name="counts"/> and what the boilerplate rules removed;
    /// <paramref name="what"/>: what was counted ("file", or "article" for the records of one file).
    /// </summary>
    public static void WriteStreamReport(LoadReport report, TextWriter error, string counts = "", string what = "file")
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(error);
        foreach (var message in report.Messages)
        {
            error.WriteLine(message.ToString());
        }
        string skipped = report.Skipped > 0 ? $", {report.Skips}" : "";
        int removals = report.BoilerplateRemovals;
        error.WriteLine(FormattableString.Invariant(
            $"streamed {report.Loaded} {what}{(report.Loaded == 1 ? "" : "s")}{skipped}{counts}, {removals} boilerplate line{(removals == 1 ? "" : "s")} removed"));
    }

    // The files a folder is loaded from and streamed from (TermCounter.ListFiles), not sorted: only counted.
    private static IEnumerable<string> TextFiles(string folder) =>
        Directory.EnumerateFiles(folder).Where(file => file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".md", StringComparison.OrdinalIgnoreCase));
}
