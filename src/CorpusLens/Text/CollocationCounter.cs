using System.Runtime.InteropServices;

namespace CorpusLens.Text;

/// <summary>
/// Counts the pairs of terms that occur within a window of each other (<see cref="TermAnalysis.Collocations"/>), with
/// numbers, not strings: each distinct folded word is mapped to its term once per language class (stopwords
/// dropped, stemmed when asked), each token is a lookup of its characters, and each pair of term numbers is one
/// 64-bit key counted once for both directions. Not thread-safe: one per thread.
/// </summary>
internal sealed class CollocationCounter
{
    /// <summary>The characters between two tokens that end a sentence span: no pair crosses one.</summary>
    private const string SpanBreaks = ".!?;:\n";

    private readonly TermMapper mapper;
    private readonly int window;
    // Per language class, folded word → its term's number, or -1 when it is dropped.
    private readonly Dictionary<string, int>[] termOfWord;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>[] termOfWordLookup;
    private readonly Dictionary<string, int> termOfKey = new(StringComparer.Ordinal);
    private readonly List<(int Term, int Position)> documentTerms = [];
    private char[] foldBuffer = new char[256];

    /// <summary>A counter of the pairs within <paramref name="window"/> tokens, terms made as <paramref name="options"/> say.</summary>
    public CollocationCounter(TermOptions options, int window)
    {
        mapper = new TermMapper(options with { NGram = 1 });
        this.window = window;
        termOfWord = new Dictionary<string, int>[LanguageClass.Count];
        termOfWordLookup = new Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>[LanguageClass.Count];
        for (int c = 0; c < LanguageClass.Count; c++)
        {
            termOfWord[c] = new Dictionary<string, int>(StringComparer.Ordinal);
            termOfWordLookup[c] = termOfWord[c].GetAlternateLookup<ReadOnlySpan<char>>();
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
                ulong key = first < second ? ((ulong)(uint)first << 32) | (uint)second : ((ulong)(uint)second << 32) | (uint)first;
                Pairs.Increment(key);
                totals[first]++;
                totals[second]++;
                Total += 2;
            }
        }
    }

    private int TermOf(ReadOnlySpan<char> word, int languageClass)
    {
        if (foldBuffer.Length < word.Length * 2)
        {
            foldBuffer = new char[word.Length * 2];
        }
        var folded = foldBuffer.AsSpan(0, CaseFolding.Fold(word, foldBuffer));
        if (termOfWordLookup[languageClass].TryGetValue(folded, out int known))
        {
            return known;
        }
        var text = folded.ToString();
        int term = -1;
        if (mapper.Map(text, languageClass, ProperNames.Known.Contains(text)) is { } key)
        {
            ref int number = ref CollectionsMarshal.GetValueRefOrAddDefault(termOfKey, key, out bool exists);
            if (!exists)
            {
                number = Keys.Count;
                Keys.Add(key);
                Totals.Add(0);
            }
            term = number;
        }
        termOfWord[languageClass][text] = term;
        return term;
    }
}
