using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Unicode;

namespace CorpusLens.Tables;

/// <summary>
/// A growable byte buffer that text is written to as UTF-8: strings transcoded (a lone surrogate becomes U+FFFD,
/// as a UTF-8 <see cref="System.IO.StreamWriter"/> writes it) and numbers formatted in place in the invariant culture.
/// </summary>
internal sealed class Utf8Buffer
{
    private byte[] bytes;

    /// <summary>Creates an empty buffer with room for <paramref name="capacity"/> bytes.</summary>
    public Utf8Buffer(int capacity = 1 << 16) => bytes = new byte[Math.Max(capacity, 16)];

    /// <summary>Number of bytes written.</summary>
    public int Length { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; private set; }

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Written => bytes.AsSpan(0, Length);

    /// <summary>Forgets the bytes written (keeps the room).</summary>
    public void Clear() => Length = 0;

    /// <summary>Appends raw bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(ReadOnlySpan<byte> value)
    {
        value.CopyTo(Room(value.Length));
        Length += value.Length;
    }

    /// <summary>Appends one ASCII byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(byte value)
    {
        if (Length == bytes.Length)
        {
            Room(1);
        }
        bytes[Length++] = value;
    }

    /// <summary>Appends <paramref name="text"/> as UTF-8.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AppendText(ReadOnlySpan<char> text)
    {
        Utf8.FromUtf16(text, Room(text.Length * 3), out _, out int written, replaceInvalidSequences: true);
        Length += written;
    }

    /// <summary>
    /// Appends <paramref name="text"/> as UTF-8 when it is valid UTF-16 and returns true; leaves the buffer as it
    /// was and returns false when it holds a lone surrogate.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryAppendText(ReadOnlySpan<char> text, out int written)
    {
        var status = Utf8.FromUtf16(text, Room(text.Length * 3), out _, out written, replaceInvalidSequences: false);
        if (status != System.Buffers.OperationStatus.Done)
        {
            written = 0;
            return false;
        }
        Length += written;
        return true;
    }

    /// <summary>The last <paramref name="count"/> bytes written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> Last(int count) => bytes.AsSpan(Length - count, count);

    /// <summary>Drops the last <paramref name="count"/> bytes written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Truncate(int count) => Length -= count;

    /// <summary>Appends <paramref name="value"/> formatted with <paramref name="format"/> in the invariant culture.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AppendNumber<T>(T value, string? format = null)
        where T : IUtf8SpanFormattable
    {
        int size = 32;
        int written;
        while (!value.TryFormat(Room(size), out written, format, CultureInfo.InvariantCulture))
        {
            size *= 2;
        }
        Length += written;
    }

    /// <summary>Room for at least <paramref name="size"/> more bytes, from the end of what was written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<byte> Room(int size)
    {
        if (bytes.Length - Length < size)
        {
            Grow(size);
        }
        return bytes.AsSpan(Length);
    }

    /// <summary>Marks <paramref name="count"/> bytes of <see cref="Room"/> as written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Advance(int count) => Length += count;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int size) => Array.Resize(ref bytes, Math.Max(bytes.Length * 2, Length + size));
}
