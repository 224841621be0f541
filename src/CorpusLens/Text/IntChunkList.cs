namespace CorpusLens.Text;

/// <summary>A list of ints stored in fixed 64K chunks: grows without copying, so large counts never double in memory.</summary>
internal sealed class IntChunkList
{
    private const int Shift = 16;
    private const int ChunkSize = 1 << Shift;
    private readonly List<int[]> chunks = [];
    private int[] current = [];
    private int position;

    public int Count { get; private set; }

    public int this[int index] => chunks[index >> Shift][index & (ChunkSize - 1)];

    public void Add(int value)
    {
        if (position == current.Length)
        {
            current = new int[ChunkSize];
            chunks.Add(current);
            position = 0;
        }
        current[position++] = value;
        Count++;
    }
}
