using System.Buffers;

namespace CorpusLens.Text;

/// <summary>The growth rule of the byte buffers a whole file is read into (rented from the shared pool).</summary>
internal static class PooledBuffer
{
    /// <summary>The largest file read whole: a quarter of the largest array, so that its chars still fit.</summary>
    public const int MaximumBytes = int.MaxValue / 4;

    /// <summary>
    /// Replaces the full <paramref name="buffer"/> by a rented one twice its size holding its first
    /// <paramref name="length"/> bytes, and returns the old one to the pool; false when that would pass
    /// <see cref="MaximumBytes"/>.
    /// </summary>
    public static bool TryDouble(ref byte[] buffer, int length)
    {
        if (length >= MaximumBytes)
        {
            return false;
        }
        var larger = ArrayPool<byte>.Shared.Rent(length * 2);
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
        return true;
    }
}
