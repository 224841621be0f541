using System.Buffers;
using System.Text;

namespace CorpusLens.Text;

/// <summary>
/// Counts terms on two threads into a <see cref="TermIndex"/>. <see cref="Count(Corpus, TermOptions?)"/> counts a
/// loaded corpus; <see cref="CountFolder"/> streams a folder of .txt/.md files of any size without loading it:
/// each thread reads one file at a time into pooled buffers, tokenizes spans, and looks words up in its own
/// open-addressing vocabulary; stopwords, proper names and stems are decided once per distinct word at the end.
/// </summary>
/// <example>
/// <code>
/// var index = TermCounter.CountFolder("/data/news", new TermOptions { Stem = true });
/// var top = index.Frequencies(by: "corpus", top: 50);
/// </code>
/// </example>
public static partial class TermCounter
{
    /// <summary>Threads used for counting: at most 2 (the machines this runs on have 2 cores).</summary>
    public static int Threads { get; set; } = Math.Clamp(Environment.ProcessorCount, 1, 2);

    /// <summary>Counts the terms of a loaded corpus (its cleaned texts and languages).</summary>
    public static TermIndex Count(Corpus corpus, TermOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        options ??= TermOptions.Default;
        options.Validate();
        var documents = corpus.Documents;
        var sources = documents.Select(article => (article.Id, GroupValues(article))).ToList();
        var workers = Run(documents.Count, options, (worker, index) =>
            worker.Add(index, Normalized(documents[index].Text), documents[index].Language));
        Diagnostics.PhaseTimer.Mark("count");
        return TermIndexBuilder.Build(workers, sources, options);
    }

    /// <summary>Counts the terms of in-memory texts (id, text, language or null to detect it).</summary>
    public static TermIndex Count(IReadOnlyList<(string Id, string Text, string? Language)> texts, TermOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        options ??= TermOptions.Default;
        options.Validate();
        var empty = new Dictionary<string, string>();
        var sources = texts.Select(text => (text.Id, (IReadOnlyDictionary<string, string>)empty)).ToList();
        var workers = Run(texts.Count, options, (worker, index) =>
            worker.Add(index, Normalized(texts[index].Text), texts[index].Language is { Length: > 0 } language ? Language.Normalize(language) : null));
        Diagnostics.PhaseTimer.Mark("count");
        return TermIndexBuilder.Build(workers, sources, options);
    }

    private static IReadOnlyDictionary<string, string> GroupValues(Article article)
    {
        var values = new Dictionary<string, string>(article.Metadata, StringComparer.Ordinal)
        {
            ["date"] = article.Date,
            ["source"] = article.Source,
            ["title"] = article.Title,
        };
        return values;
    }

    private static string Normalized(string text) => NeedsNormalization(text) ? text.Normalize(NormalizationForm.FormC) : text;

    /// <summary>
    /// True when <paramref name="text"/> is not in NFC. The full check (ICU's) runs only when a character from U+0300
    /// up occurs outside U+2002-U+20CF: spaces, dashes, quotes (’ “ ”), the ellipsis and currency signs (€), which
    /// French and German news text is full of, have no canonical decomposition and compose with nothing (checked
    /// against every pair with the characters below U+0300 in <c>TermCounterNormalizationTests</c>).
    /// </summary>
    internal static bool NeedsNormalization(ReadOnlySpan<char> text)
    {
        int first = text.IndexOfAnyInRange('\u0300', '\uFFFF');
        if (first < 0)
        {
            return false;
        }
        var rest = text[first..];
        bool onlyInert = rest.IndexOfAnyInRange('\u0300', '\u2001') < 0 && rest.IndexOfAnyInRange('\u20D0', '\uFFFF') < 0;
        return !onlyInert && !text.IsNormalized(NormalizationForm.FormC); // the whole text: a mark composes with what precedes it
    }

    private static List<CountingWorker> Run(int count, TermOptions options, Action<CountingWorker, int> add) =>
        Run<object?>(count, options, () => null, (worker, _, index) => add(worker, index));

    private static List<CountingWorker> Run<TState>(int count, TermOptions options, Func<TState> state, Action<CountingWorker, TState, int> add) =>
        RunThreads(count, () => new CountingWorker(options), state, add, worker => worker.Complete());

    /// <summary>
    /// Gives items 0 to <paramref name="count"/> - 1, in turn, to one worker per thread (<see cref="Threads"/>, made
    /// here), each with its thread's <paramref name="state"/>; each worker is completed on its thread when the items
    /// run out. The first exception of any thread stops all of them and is thrown here.
    /// </summary>
    internal static List<TWorker> RunThreads<TWorker, TState>(int count, Func<TWorker> create, Func<TState> state,
        Action<TWorker, TState, int> add, Action<TWorker>? complete = null)
    {
        int threads = Math.Max(1, Math.Min(Threads, count));
        var workers = Enumerable.Range(0, threads).Select(_ => create()).ToList();
        int next = -1;
        Exception? failure = null;
        var running = workers.Select(worker => new Thread(() =>
        {
            var local = state();
            try
            {
                int index;
                while (failure is null && (index = Interlocked.Increment(ref next)) < count)
                {
                    add(worker, local, index);
                }
                complete?.Invoke(worker);
            }
            catch (Exception exception)
            {
                Interlocked.CompareExchange(ref failure, exception, null);
            }
        }, maxStackSize: 1 << 20)).ToList();
        running.ForEach(thread => thread.Start());
        running.ForEach(thread => thread.Join());
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
        return workers;
    }
}
