using System.Runtime.CompilerServices;

namespace CorpusLens.Text;

/// <summary>
/// A list of non-negative ints stored in fixed 64K-value chunks, each value in <c>bytesPerValue</c> bytes (1 to 4):
/// grows without copying, and small values take less room (a count that is almost always 1, 2 or 3 needs one byte,
/// a term id below 16.7 million three). A value that does not fit is kept in a side table.
/// </summary>
internal sealed class IntChunkList
{
    private const int Shift = 16;
    private const int ChunkSize = 1 << Shift;
    private readonly List<byte[]> chunks = [];
    private readonly Dictionary<int, int> large = [];
    private readonly int width;
    private readonly uint marker;
    private byte[] current = [];
    private int position = ChunkSize;

    /// <summary>Creates an empty list that stores each value in <paramref name="bytesPerValue"/> bytes.</summary>
    public IntChunkList(int bytesPerValue = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bytesPerValue, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bytesPerValue, 4);
        width = bytesPerValue;
        marker = bytesPerValue == 4 ? uint.MaxValue : (1u << (8 * bytesPerValue)) - 1;
    }

    /// <summary>Number of values.</summary>
    public int Count { get; private set; }

    /// <summary>Value number <paramref name="index"/>.</summary>
    public int this[int index]
    {
        get
        {
            var chunk = chunks[index >> Shift];
            uint value = Unsafe.ReadUnaligned<uint>(ref chunk[(index & (ChunkSize - 1)) * width]) & marker;
            return value == marker ? large[index] : (int)value;
        }
    }

    /// <summary>Copies the values from <paramref name="index"/> on into <paramref name="destination"/> (all of it must be within the list).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void CopyTo(int index, Span<int> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index + destination.Length, Count);
        int copied = 0;
        while (copied < destination.Length)
        {
            int position = (index + copied) & (ChunkSize - 1);
            var chunk = chunks[(index + copied) >> Shift];
            int run = Math.Min(destination.Length - copied, ChunkSize - position);
            ref byte first = ref chunk[position * width];
            for (int i = 0; i < run; i++)
            {
                uint value = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref first, i * width)) & marker;
                destination[copied + i] = value == marker ? large[index + copied + i] : (int)value;
            }
            copied += run;
        }
    }

    /// <summary>Appends <paramref name="value"/> (0 or more).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Add(int value)
    {
        if (position == ChunkSize)
        {
            // Three bytes of slack so that the last value can be read as a 4-byte word.
            current = PrefaultedArray.Create<byte>(ChunkSize * width + 3);
            chunks.Add(current);
            position = 0;
        }
        uint stored = (uint)value;
        if (stored >= marker)
        {
            large[Count] = value;
            stored = marker;
        }
        // A 4-byte write whose bytes past this value's width are zeros: they belong to values not appended yet (the
        // list only grows at its end), so nothing is read first. Reading those 4 bytes back, across the end of the
        // previous value's write, can stall an append on the store before it (gen100 profile: 2.2 -> 1.8 % of the
        // samples in this method; whole runs within the noise).
        Unsafe.WriteUnaligned(ref current[position * width], stored);
        position++;
        Count++;
    }
}
