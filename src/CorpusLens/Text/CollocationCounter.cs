using System.Runtime.InteropServices;

namespace CorpusLens.Text;

/// <summary>
/// Counts the pairs of terms that occur within a window of each other (<see cref="TermAnalysis.Collocations"/>), with
/// numbers, not strings: each distinct word as written is mapped to its term once per language class (folded,
/// stopwords dropped, stemmed when asked), each token is a lookup of its characters in an open-addressing
/// vocabulary, and each pair of term numbers is one 64-bit key counted once for both directions. The pair table is
/// bounded: it counts only the pairs of a share (<see cref="PairPartition"/>), which it halves, with the other
/// counters of its pass, whenever it holds <c>maximumPairs</c>; the halves given up are counted by later passes over
/// the texts. Not thread-safe: one per thread.
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
    // Per term number, its key's hash: a pair's share is worked out from these, the same on every thread.
    private readonly List<uint> keyHashes = [];
    private readonly PairPartition partition;
    private readonly long maximumPairs;
    private int bits; // the share's bits as this counter last applied them to its table
    private char[] foldBuffer = new char[256];

    /// <summary>
    /// A counter of the pairs within <paramref name="window"/> tokens, terms made as <paramref name="options"/> say.
    /// With <paramref name="nodes"/>, only the pairs with one of those terms in them are kept (the totals still count
    /// every pair): the collocates of a word take a small table, not one of every pair in the corpus. Only the pairs of
    /// <paramref name="partition"/> (default: all) are counted, and the share is halved whenever the table holds
    /// <paramref name="maximumPairs"/>.
    /// </summary>
    public CollocationCounter(TermOptions options, int window, HashSet<string>? nodes = null, PairPartition? partition = null, long maximumPairs = long.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumPairs, 1);
        this.nodes = nodes;
        this.partition = partition ?? new PairPartition();
        this.maximumPairs = maximumPairs;
        bits = this.partition.Bits;
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
        if (partition.Bits != bits)
        {
            ApplyPartition(); // another counter of the pass narrowed the share
        }
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
        // Without a share to keep to, and room in the table for every pair the text can add (at most one per term and
        // distance), the pairs are counted without testing each against the share and the limit: the usual case, a
        // corpus whose pairs fit, runs the loop it ran before there were shares.
        if (bits == 0 && (long)documentTerms.Count * window <= maximumPairs - Pairs.Count)
        {
            CountPairs(new EveryPair());
        }
        else
        {
            CountPairs(new PairsOfShare(this));
        }
    }

    // Counts the pairs of documentTerms that share keeps; specialised for each kind of share.
    private void CountPairs<TShare>(TShare share)
        where TShare : struct, IPairShare
    {
        var terms = CollectionsMarshal.AsSpan(documentTerms);
        var totals = CollectionsMarshal.AsSpan(Totals);
        var isNode = CollectionsMarshal.AsSpan(this.isNode);
        var pairs = Pairs;
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
                if ((nodes is null || isNode[first] || isNode[second]) && share.Keeps(first, second))
                {
                    pairs.Increment(PairOf(first, second));
                    if (share.Checks && pairs.Count >= maximumPairs)
                    {
                        Narrow();
                    }
                }
                totals[first]++;
                totals[second]++;
                Total += 2;
            }
        }
    }

    /// <summary>Which pairs a text's counting keeps, and whether it must watch the table's limit.</summary>
    private interface IPairShare
    {
        bool Checks { get; }

        bool Keeps(int first, int second);
    }

    private readonly struct EveryPair : IPairShare
    {
        public bool Checks => false;

        public bool Keeps(int first, int second) => true;
    }

    private readonly struct PairsOfShare(CollocationCounter counter) : IPairShare
    {
        public bool Checks => true;

        public bool Keeps(int first, int second) => counter.InShare(first, second);
    }

    /// <summary>
    /// The hash that decides which share a pair of terms is in, from their keys' hashes: the same for both orders and
    /// on every thread, whatever numbers the terms have there.
    /// </summary>
    internal static uint PartitionHash(uint firstKey, uint secondKey) => (uint)(((ulong)(firstKey + secondKey) * 0x9E3779B97F4A7C15UL) >> 32);

    /// <summary>Drops the pairs outside the pass's share as it is now: the last thing a counter does in a pass, before it is merged.</summary>
    public void ApplyPartition()
    {
        int now = partition.Bits;
        if (now == bits)
        {
            return;
        }
        bits = now;
        Pairs.Keep(pair => InShare((int)(pair >> 32), (int)(uint)pair));
    }

    // Whether the pair of these term numbers is in the share as this counter last applied it.
    private bool InShare(int first, int second) =>
        bits == 0 || PairPartition.Contains(PartitionHash(keyHashes[first], keyHashes[second]), partition.Value, bits);

    // Halves the share (unless another counter has since) until the table is below its limit again.
    private void Narrow()
    {
        while (Pairs.Count >= maximumPairs && bits < PairPartition.MaximumBits)
        {
            partition.Narrow(bits);
            ApplyPartition();
        }
    }

    /// <summary>
    /// Merges the counters of one pass into the first: each first drops the pairs outside the pass's
    /// share, which is halved further while their pairs together are more than <paramref name="maximumPairs"/> (the
    /// first's table then holds them all without growing past twice the size of one).
    /// </summary>
    public static void Merge(IReadOnlyList<CollocationCounter> counters, PairPartition partition, long maximumPairs)
    {
        ArgumentOutOfRangeException.ThrowIfZero(counters.Count);
        while (true)
        {
            foreach (var counter in counters)
            {
                counter.ApplyPartition();
            }
            if (counters.Sum(counter => (long)counter.Pairs.Count) <= maximumPairs || partition.Bits == PairPartition.MaximumBits)
            {
                break;
            }
            partition.Narrow(partition.Bits);
        }
        foreach (var other in counters.Skip(1))
        {
            counters[0].AddFrom(other);
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
            keyHashes.Add(TermVocabulary.Hash(key));
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
