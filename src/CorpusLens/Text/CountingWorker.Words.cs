namespace CorpusLens.Text;

/// <summary>Counting words: tokens a block at a time (n-grams are in CountingWorker.NGrams.cs).</summary>
internal sealed partial class CountingWorker
{
    /// <summary>Tokens looked up together (see <see cref="CountWords"/>).</summary>
    private const int BlockSize = 64;

    private readonly Token[] blockTokens = new Token[BlockSize];
    private readonly uint[] blockHashes = new uint[BlockSize];
    private readonly bool[] blockSplits = new bool[BlockSize];
    private readonly System.Runtime.Intrinsics.Vector256<ushort>[] blockKeys = new System.Runtime.Intrinsics.Vector256<ushort>[BlockSize];

    /// <summary>
    /// Counts the words of <paramref name="text"/> a block of tokens at a time: the block is tokenized and each
    /// token's vocabulary slot prefetched, then each slot's record, then the tokens are looked up in order, so the
    /// cache misses of a whole block overlap instead of following one another. Lookup order (and so ids) is the
    /// order of the text.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private int CountWords(ReadOnlySpan<char> text)
    {
        int tokens = 0;
        bool splitCompounds = options.Compounds != CompoundCounting.Whole;
        var enumerator = Tokenizer.Tokenize(text);
        var block = blockTokens;
        var hashes = blockHashes;
        var splits = blockSplits;
        bool more = true;
        while (more)
        {
            int size = 0;
            while (size < block.Length && (more = enumerator.MoveNext()))
            {
                var token = enumerator.Current;
                var surface = text.Slice(token.Start, token.Length);
                bool split = splitCompounds && token.Kind == TokenKind.Word && HasHyphen(surface);
                block[size] = token;
                splits[size] = split;
                if (split)
                {
                    hashes[size] = 0;
                }
                else if (token.Length <= TermVocabulary.ShortKey)
                {
                    // A short word is read as one vector (straight from the text unless it ends within the last
                    // ShortKey chars), hashed and later compared with it: no loop over its chars.
                    var key = token.Start + TermVocabulary.ShortKey <= text.Length
                        ? TermVocabulary.ShortKeyAt(ref System.Runtime.CompilerServices.Unsafe.AsRef(in text[token.Start]), token.Length)
                        : TermVocabulary.ShortKeyOf(surface);
                    blockKeys[size] = key;
                    hashes[size] = Surfaces.Prefetch(TermVocabulary.HashShort(key, token.Length));
                }
                else
                {
                    hashes[size] = Surfaces.Prefetch(surface);
                }
                size++;
            }
            tokens += size;
            for (int j = 0; j < size; j++)
            {
                Surfaces.PrefetchRecord(hashes[j]);
            }
            for (int j = 0; j < size; j++)
            {
                var token = block[j];
                var surface = text.Slice(token.Start, token.Length);
                if (splits[j])
                {
                    CountParts(surface);
                }
                else if (surface.Length <= TermVocabulary.ShortKey)
                {
                    ref ulong payload = ref Surfaces.GetOrAddShortPayload(surface, blockKeys[j], hashes[j], out int surfaceId, out bool added);
                    Tally(ref payload, surfaceId, added, surface, token.Kind);
                }
                else
                {
                    CountUnit(surface, token.Kind, hashes[j]);
                }
            }
            CountQueued();
        }
        return tokens;
    }

    private void CountParts(ReadOnlySpan<char> compound)
    {
        if (options.Compounds == CompoundCounting.WholeAndParts)
        {
            CountUnit(compound, TokenKind.Word);
        }
        while (compound.Length > 0)
        {
            int hyphen = compound.IndexOfAny('-', '\u2010');
            var part = hyphen < 0 ? compound : compound[..hyphen];
            if (part.Length > 0)
            {
                CountUnit(part, TokenKind.Word);
            }
            compound = hyphen < 0 ? [] : compound[(hyphen + 1)..];
        }
    }

    private void CountUnit(ReadOnlySpan<char> surface, TokenKind kind) => CountUnit(surface, kind, Surfaces.Prefetch(surface));

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void CountUnit(ReadOnlySpan<char> surface, TokenKind kind, uint hash)
    {
        ref ulong payload = ref Surfaces.GetOrAddPayload(surface, hash, out int surfaceId, out bool added);
        Tally(ref payload, surfaceId, added, surface, kind);
    }

    private static bool HasHyphen(ReadOnlySpan<char> word) => word.IndexOfAny('-', '\u2010') > 0;
}
