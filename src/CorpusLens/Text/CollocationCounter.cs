using System.Runtime.InteropServices;

namespace CorpusLens.Text;

/// <summary>
/// Counts the pairs of terms that occur within a window of each other (<see cref="TermAnalysis.Collocations"/>), with
/// numbers, not strings: each distinct word as written is mapped to its term once per language class (folded,
/// stopwords dropped, stemmed when asked), each token is a lookup of its characters in an open-addressing
/// vocabulary, and each pair of term numbers is one 64-bit key counted once for both directions. Not thread-safe:
/// one per thread.
/// </summary>
internal sealed class CollocationCounter
{
    /// <summary>The characters between two tokens that end a sentence span: no pair crosses one.</summary>
    private const string SpanBreaks = ".!?;:\n";

    private readonly TermMapper mapper;
    private readonly int window;
    // Per language class, word as written → its term's number + 1 (0: dropped), in the payload.
    private readonly TermVocabulary[] termOfWord;
    private readonly Dictionary<string, int> termOfKey = new(StringComparer.Ordinal);
    private readonly List<(int Term, int Position)> documentTerms = [];
    // The node terms whose pairs are kept (null: every pair), and per term number whether it is one.
    private readonly HashSet<string>? nodes;
    private readonly List<bool> isNode = [];
    private char[] foldBuffer = new char[256];

    /// <summary>
    /// A counter of the pairs within <paramref name="window"/> tokens, terms made as <paramref name="options"/> say.
    /// With <paramref name="nodes"/>, only the pairs with one of those terms in them are kept (the totals still count
    /// every pair): the collocates of a word take a small table, not one of every pair in the corpus.
    /// </summary>
    public CollocationCounter(TermOptions options, int window, HashSet<string>? nodes = null)
    {
        this.nodes = nodes;
        mapper = new TermMapper(options with { NGram = 1 });
        this.window = window;
        termOfWord = new TermVocabulary[LanguageClass.Count];
        for (int c = 0; c < LanguageClass.Count; c++)
        {
            termOfWord[c] = new TermVocabulary();
        }
    }

    /// <summary>The terms, by number.</summary>
    public List<string> Keys { get; } = [];

    /// <summary>Per term, the pair observations it is part of (R and C of <see cref="KeynessStatistics.PairLogLikelihood"/>).</summary>
    public List<long> Totals { get; } = [];

    /// <summary>Pair observations in all (N): two for each co-occurrence, one per direction.</summary>
    public long Total { get; private set; }

    /// <summary>(lower term number &lt;&lt; 32 | higher term number) → co-occurrences of the two.</summary>
    public PairCounts Pairs { get; } = new();

    /// <summary>Counts the pairs of one document in language class <paramref name="languageClass"/>.</summary>
    public void Add(ReadOnlySpan<char> text, int languageClass)
    {
        documentTerms.Clear();
        int sentence = 0;
        int position = 0;
        int previousEnd = -1;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (previousEnd >= 0 && text[previousEnd..token.Start].IndexOfAny(SpanBreaks) >= 0)
            {
                sentence += window + 1; // a gap wider than the window
            }
            previousEnd = token.End;
            int term = TermOf(text.Slice(token.Start, token.Length), languageClass);
            if (term >= 0)
            {
                documentTerms.Add((term, position + sentence));
            }
            position++;
        }
        var terms = CollectionsMarshal.AsSpan(documentTerms);
        var totals = CollectionsMarshal.AsSpan(Totals);
        var isNode = CollectionsMarshal.AsSpan(this.isNode);
        for (int a = 0; a < terms.Length; a++)
        {
            for (int b = a + 1; b < terms.Length && terms[b].Position - terms[a].Position <= window; b++)
            {
                int first = terms[a].Term;
                int second = terms[b].Term;
                if (first == second)
                {
                    continue;
                }
                if (nodes is null || isNode[first] || isNode[second])
                {
                    Pairs.Increment(PairOf(first, second));
                }
                totals[first]++;
                totals[second]++;
                Total += 2;
            }
        }
    }

    /// <summary>
    /// Adds the counts of <paramref name="other"/> (another thread's, over other documents) to these: its terms
    /// numbered as these number them, new ones after.
    /// </summary>
    public void AddFrom(CollocationCounter other)
    {
        var numbers = new int[other.Keys.Count];
        for (int i = 0; i < numbers.Length; i++)
        {
            numbers[i] = NumberOf(other.Keys[i]);
            Totals[numbers[i]] += other.Totals[i];
        }
        foreach (var (pair, count) in other.Pairs.Entries())
        {
            Pairs.Add(PairOf(numbers[(int)(pair >> 32)], numbers[(int)(uint)pair]), count);
        }
        Total += other.Total;
    }

    /// <summary>The key of the pair of two different term numbers: the lower in the upper half.</summary>
    private static ulong PairOf(int first, int second) =>
        first < second ? ((ulong)(uint)first << 32) | (uint)second : ((ulong)(uint)second << 32) | (uint)first;

    private int NumberOf(string key)
    {
        ref int number = ref CollectionsMarshal.GetValueRefOrAddDefault(termOfKey, key, out bool exists);
        if (!exists)
        {
            number = Keys.Count;
            Keys.Add(key);
            Totals.Add(0);
            isNode.Add(nodes?.Contains(key) == true);
        }
        return number;
    }

    private int TermOf(ReadOnlySpan<char> word, int languageClass)
    {
        ref ulong payload = ref termOfWord[languageClass].GetOrAddPayload(word, out _, out bool added);
        if (added)
        {
            if (foldBuffer.Length < word.Length * 2)
            {
                foldBuffer = new char[word.Length * 2];
            }
            var folded = new string(foldBuffer.AsSpan(0, CaseFolding.Fold(word, foldBuffer)));
            payload = mapper.Map(folded, languageClass, ProperNames.Known.Contains(folded)) is { } key ? (ulong)NumberOf(key) + 1 : 0;
        }
        return (int)payload - 1;
    }
}
