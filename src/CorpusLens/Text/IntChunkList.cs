namespace CorpusLens.Text;

/// <summary>A list of ints stored in fixed 64K chunks: grows without copying, so large counts never double in memory.</summary>
internal sealed class IntChunkList
{
    private const int Shift = 16;
    private const int ChunkSize = 1 << Shift;
    private readonly List<int[]> chunks = [];

    public int Count { get; private set; }

    public int this[int index] => chunks[index >> Shift][index & (ChunkSize - 1)];

    public void Add(int value)
    {
        int offset = Count & (ChunkSize - 1);
        if (offset == 0 && (Count >> Shift) == chunks.Count)
        {
            chunks.Add(new int[ChunkSize]);
        }
        chunks[Count >> Shift][offset] = value;
        Count++;
    }

    /// <summary>The values from <paramref name="index"/> on, at most <paramref name="count"/> and no further than the end of its chunk.</summary>
    public ReadOnlySpan<int> Span(int index, int count)
    {
        int offset = index & (ChunkSize - 1);
        return chunks[index >> Shift].AsSpan(offset, Math.Min(count, ChunkSize - offset));
    }
}
