using System.Runtime.CompilerServices;

namespace CorpusLens.Text;

/// <summary>
/// Keys appended one after another and read back through a <see cref="KeyArena"/>, without the id and payload a
/// <see cref="TermVocabulary"/> record carries: each record is its length (2 chars) and its chars, padded to an
/// even number, so a 7-letter stem takes 18 bytes instead of 32 and no per-key offset is kept (the stem pass's
/// 161,000 stems on gen100: about 3.5 MB less fresh memory). A record's offset points 6 chars before it, where a
/// vocabulary record's length field would be: the arena reads it the same way. Not thread-safe: one per thread.
/// </summary>
internal sealed class KeyRecords
{
    // The arena reads a record's length 6 chars after its offset and its chars 8 after: the length is written where
    // the record starts, and the offset given out is 6 chars before, so each chunk's first record starts at 6.
    private const int LengthAt = TermVocabulary.Header - 2;
    private const int ChunkSize = 1 << TermVocabulary.ChunkShift;

    private char[][] chunks = new char[4][];
    private int chunkCount;
    private int position;

    /// <summary>The records, to read with <see cref="TermTexts.Read"/> or the arena's indexer.</summary>
    public KeyArena Arena => new(chunks);

    /// <summary>Appends <paramref name="key"/> and returns its offset in <see cref="Arena"/>.</summary>
    /// <exception cref="CorpusLensException">The records would need more chunks than an offset can address.</exception>
    public int Append(ReadOnlySpan<char> key)
    {
        int size = (2 + key.Length + 1) & ~1;
        if (chunkCount == 0 || position + size > chunks[chunkCount - 1].Length)
        {
            AddChunk(size);
        }
        var chunk = chunks[chunkCount - 1];
        Unsafe.As<char, int>(ref chunk[position]) = key.Length;
        key.CopyTo(chunk.AsSpan(position + 2));
        int offset = ((chunkCount - 1) << TermVocabulary.ChunkShift) | (position - LengthAt);
        position += size;
        return offset;
    }

    // A new chunk of the standard size, or one of its own for a longer record. Not cleared: only what is appended is
    // ever read, and the pages past it are never touched.
    private void AddChunk(int size)
    {
        if (chunkCount == 1 << (31 - TermVocabulary.ChunkShift))
        {
            throw new CorpusLensException($"too many stems: more than {chunkCount} chunks of {ChunkSize} characters");
        }
        if (chunkCount == chunks.Length)
        {
            Array.Resize(ref chunks, chunks.Length * 2);
        }
        chunks[chunkCount++] = PrefaultedArray.Uninitialized<char>(Math.Max(ChunkSize, LengthAt + size));
        position = LengthAt;
    }
}
