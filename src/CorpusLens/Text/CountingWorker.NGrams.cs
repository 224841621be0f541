namespace CorpusLens.Text;

/// <summary>N-gram counting: the n-grams of each sentence, joined with spaces, leaving out those the index drops.</summary>
internal sealed partial class CountingWorker
{
    /// <summary>Bit 4 of a word's n-gram bits: an n-gram with the word anywhere is dropped.</summary>
    private const byte DroppedAnywhere = 1 << 4;

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?;:…\n\r");

    // Per distinct word (as written), whether an n-gram with it at an end is dropped in each language class (bit c)
    // and whether one with it anywhere is (bit 4), so that only n-grams the index keeps are counted.
    private readonly TermMapper? ngramMapper;
    private readonly TermVocabulary? ngramWords;
    private readonly int[] ringStarts = new int[3];
    private readonly int[] ringLengths = new int[3];
    private readonly byte[] ringDrops = new byte[3];
    private readonly int[] ngramEnds = new int[BlockSize]; // the block of n-grams: where each ends in ngramChars
    private readonly uint[] ngramHashes = new uint[BlockSize];
    private char[] ngramChars = new char[BlockSize * 32];
    private int ngramCount;

    /// <summary>
    /// Counts the n-grams of <paramref name="text"/> that do not cross a sentence end, leaving out those the index
    /// would drop in <paramref name="languageClass"/> (a stopword at either end, a number when numbers are left
    /// out): the same rule as <see cref="TermMapper.TryMap"/>, applied per word before the n-gram is joined and
    /// looked up, which keeps them out of the vocabularies (gen100 bigrams: half of the distinct ones, two thirds of
    /// the occurrences). So an n-gram's display form is its most frequent surface form where it is counted.
    /// </summary>
    private int CountNGrams(ReadOnlySpan<char> text, int n, int languageClass)
    {
        int endBit = 1 << languageClass;
        int tokens = 0;
        int ringCount = 0;
        int previousEnd = 0;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            tokens++;
            if (ringCount > 0 && EndsSentence(text[previousEnd..token.Start]))
            {
                ringCount = 0;
            }
            previousEnd = token.End;
            if (ringCount == n)
            {
                Array.Copy(ringStarts, 1, ringStarts, 0, n - 1);
                Array.Copy(ringLengths, 1, ringLengths, 0, n - 1);
                Array.Copy(ringDrops, 1, ringDrops, 0, n - 1);
                ringCount--;
            }
            ringStarts[ringCount] = token.Start;
            ringLengths[ringCount] = token.Length;
            ringDrops[ringCount] = NGramDrops(text.Slice(token.Start, token.Length));
            ringCount++;
            if (ringCount == n && !Dropped(n, endBit))
            {
                AddToBlock(text, n);
            }
        }
        CountBlock();
        return tokens;
    }

    /// <summary>
    /// Joins the n-gram in the ring into the block and prefetches its vocabulary slot; a full block is counted. N-grams
    /// are counted a block at a time, as words are (see <see cref="CountWords"/>): most are rare, so nearly every
    /// lookup misses the cache, and a block's misses overlap (gen1000 bigrams: a vocabulary of 11 million per thread).
    /// </summary>
    private void AddToBlock(ReadOnlySpan<char> text, int n)
    {
        int start = ngramCount == 0 ? 0 : ngramEnds[ngramCount - 1];
        int length = n - 1;
        for (int i = 0; i < n; i++)
        {
            length += ringLengths[i];
        }
        if (ngramChars.Length < start + length)
        {
            Array.Resize(ref ngramChars, Math.Max(ngramChars.Length * 2, start + length));
        }
        var joined = ngramChars.AsSpan(start, length);
        int position = 0;
        for (int i = 0; i < n; i++)
        {
            if (i > 0)
            {
                joined[position++] = ' ';
            }
            text.Slice(ringStarts[i], ringLengths[i]).CopyTo(joined[position..]);
            position += ringLengths[i];
        }
        ngramEnds[ngramCount] = start + length;
        ngramHashes[ngramCount] = Surfaces.Prefetch(joined);
        if (++ngramCount == BlockSize)
        {
            CountBlock();
        }
    }

    /// <summary>
    /// Counts the n-grams of the block and empties it: their records are prefetched, then each is looked up and
    /// counted in text order, a new one's unit waiting for the end of the block as a new word's does
    /// (<see cref="Tally"/>, <see cref="CountQueued"/>), so ids are those of counting one n-gram at a time.
    /// </summary>
    private void CountBlock()
    {
        for (int j = 0; j < ngramCount; j++)
        {
            Surfaces.PrefetchRecord(ngramHashes[j]);
        }
        int start = 0;
        for (int j = 0; j < ngramCount; j++)
        {
            var ngram = ngramChars.AsSpan(start, ngramEnds[j] - start);
            start = ngramEnds[j];
            ref ulong payload = ref Surfaces.GetOrAddPayload(ngram, ngramHashes[j], out int surfaceId, out bool added);
            Tally(ref payload, surfaceId, added, ngram, TokenKind.Word);
        }
        CountQueued();
        ngramCount = 0;
    }

    /// <summary>Whether the n-gram of the <paramref name="n"/> words in the ring is dropped (<paramref name="endBit"/>: its language class's bit).</summary>
    private bool Dropped(int n, int endBit)
    {
        int anywhere = 0;
        for (int i = 0; i < n; i++)
        {
            anywhere |= ringDrops[i];
        }
        return ((ringDrops[0] | ringDrops[n - 1]) & endBit) != 0 || (anywhere & DroppedAnywhere) != 0;
    }

    /// <summary>The n-gram bits of word <paramref name="surface"/>, worked out the first time it is seen.</summary>
    private byte NGramDrops(ReadOnlySpan<char> surface)
    {
        ref ulong bits = ref ngramWords!.GetOrAddPayload(surface, out _, out bool added);
        if (added)
        {
            bits = 0;
            // A word with a space would be split differently in the joined n-gram: it never drops one here.
            if (surface.IndexOf(' ') < 0)
            {
                var folded = Fold(surface);
                for (int c = 0; c < LanguageClass.Count; c++)
                {
                    bits |= ngramMapper!.DropsNGramEndingIn(folded, c) ? (byte)(1 << c) : (byte)0;
                }
                bits |= ngramMapper!.DropsNGramContaining(folded) ? DroppedAnywhere : (byte)0;
            }
        }
        return (byte)bits;
    }

    private static bool EndsSentence(ReadOnlySpan<char> gap) => gap.IndexOfAny(SentenceEnds) >= 0;
}
