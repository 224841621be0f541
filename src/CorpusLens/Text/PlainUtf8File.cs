using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace CorpusLens.Text;

/// <summary>
/// Reads a file as a stream of text, checking as it goes that a load would decode it as plain UTF-8
/// (<see cref="TextFileDecoder"/>: no byte-order mark but UTF-8's, no NUL byte, valid UTF-8 throughout, at most 5 %
/// control characters in its first 8,192 characters, not only white space), so that streaming it reads what a load
/// reads. The start is decoded and judged before anything is read (<see cref="Open"/>); the rest is validated piece
/// by piece as the reader takes it (<see cref="PlainUtf8Stream"/>), so the file is read once, and a reader whose file
/// turns out not to be plain ends there and says so (<see cref="PlainUtf8Reader.IsPlain"/>).
/// </summary>
internal static class PlainUtf8File
{
    /// <summary>The start of a file that is decoded and judged before it is read (at least <see cref="TextFileDecoder.ControlSample"/> characters).</summary>
    private const int StartBytes = 64 << 10;

    /// <summary>
    /// A reader of <paramref name="path"/>'s text when its start is plain UTF-8 with text in it, else null (a load would
    /// decode it otherwise, skip it, or cannot read it). Read it to its end before asking <see cref="PlainUtf8Reader.IsPlain"/>.
    /// </summary>
    public static PlainUtf8Reader? Open(string path)
    {
        Microsoft.Win32.SafeHandles.SafeFileHandle? handle = null;
        try
        {
            handle = File.OpenHandle(path);
            if (!StartIsPlain(handle))
            {
                handle.Dispose();
                return null;
            }
            return new PlainUtf8Reader(new PlainUtf8Stream(handle)); // the stream owns the handle now
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            handle?.Dispose();
            return null; // a load reads it again and says why it cannot
        }
    }

    /// <summary>
    /// Whether the file's first <see cref="StartBytes"/> have no byte-order mark but UTF-8's, no NUL byte, valid UTF-8
    /// (a character cut at the end aside), text that is not only white space, and few control characters.
    /// </summary>
    private static bool StartIsPlain(Microsoft.Win32.SafeHandles.SafeFileHandle handle)
    {
        var start = new byte[StartBytes];
        int read = RandomAccess.Read(handle, start, 0);
        bool whole = read == RandomAccess.GetLength(handle);
        var bytes = start.AsSpan(0, read);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..]; // UTF-8's mark, which a load drops (any other mark is not valid UTF-8)
        }
        if (bytes.Contains((byte)0))
        {
            return false;
        }
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out _, out int written, replaceInvalidSequences: false, isFinalBlock: whole);
        if (status is not (OperationStatus.Done or OperationStatus.NeedMoreData))
        {
            return false;
        }
        var text = chars.AsSpan(0, written);
        var sample = text[..Math.Min(text.Length, TextFileDecoder.ControlSample)];
        // A start of white space alone could be a file of white space (a load skips it): the whole decoder decides then.
        return !text.IsWhiteSpace() && (double)TextFileDecoder.ControlCharacters(sample) / sample.Length <= TextFileDecoder.MaximumControlShare;
    }

    /// <summary>
    /// How many bytes of <paramref name="piece"/> end with a whole character, as far as its end shows: up to the start
    /// of its last multi-byte sequence, which may go on in the next piece (a sequence is at most 4 bytes).
    /// </summary>
    internal static int CompleteLength(ReadOnlySpan<byte> piece)
    {
        for (int start = piece.Length - 1; start >= Math.Max(0, piece.Length - 4); start--)
        {
            if ((piece[start] & 0xC0) != 0x80)
            {
                return piece[start] < 0x80 ? piece.Length : start;
            }
        }
        return piece.Length; // four continuation bytes: not UTF-8, which the validation says
    }
}

/// <summary>A reader of a file's text that is plain UTF-8 as far as it has been read (<see cref="PlainUtf8File"/>).</summary>
internal sealed class PlainUtf8Reader(PlainUtf8Stream stream)
    : StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16)
{
    /// <summary>False once a byte that is not plain UTF-8 was met: the text ended there, and a load would decode the file otherwise.</summary>
    public bool IsPlain => !stream.Failed;
}

/// <summary>
/// A file's bytes, read in pieces of 1 MB, each checked before it is given out: no NUL byte, valid UTF-8 (a character
/// cut at a piece's end is held back for the next). At the first byte that fails, the stream ends and
/// <see cref="Failed"/> is set. Read-only, forward only.
/// </summary>
internal sealed class PlainUtf8Stream(Microsoft.Win32.SafeHandles.SafeFileHandle handle) : Stream
{
    private const int PieceBytes = 1 << 20;

    private readonly byte[] buffer = new byte[PieceBytes + 4];
    private long offset; // in the file, of the next piece
    private int start; // the checked bytes not given out yet are buffer[start..end]
    private int end;
    private int held; // after them, buffer[end..end + held]: a character the piece's end cut, not checked yet

    /// <summary>Whether a byte that is not plain UTF-8 (a NUL, an invalid or unfinished sequence) ended the stream.</summary>
    public bool Failed { get; private set; }

    /// <inheritdoc/>
    public override int Read(byte[] destination, int index, int count) => Read(destination.AsSpan(index, count));

    /// <inheritdoc/>
    public override int Read(Span<byte> destination)
    {
        if (start == end && !Fill())
        {
            return 0;
        }
        int given = Math.Min(destination.Length, end - start);
        buffer.AsSpan(start, given).CopyTo(destination);
        start += given;
        return given;
    }

    // Reads and checks the next piece after the held bytes; false at the end of the file or at a failure.
    private bool Fill()
    {
        if (Failed)
        {
            return false;
        }
        buffer.AsSpan(end, held).CopyTo(buffer);
        int read = RandomAccess.Read(handle, buffer.AsSpan(held, PieceBytes), offset);
        offset += read;
        int total = held + read;
        if (read == 0)
        {
            // The held bytes are the file's last character: whole, or cut short (then not UTF-8).
            Failed = held > 0 && !Utf8.IsValid(buffer.AsSpan(0, held));
            start = 0;
            end = Failed ? 0 : held;
            held = 0;
            return end > 0;
        }
        var piece = buffer.AsSpan(0, total);
        int complete = read < PieceBytes && offset >= RandomAccess.GetLength(handle) ? total : PlainUtf8File.CompleteLength(piece);
        if (piece[held..].Contains((byte)0) || !Utf8.IsValid(piece[..complete]))
        {
            Failed = true;
            start = end = held = 0;
            return false;
        }
        start = 0;
        end = complete;
        held = total - complete;
        return complete > 0 || Fill();
    }

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            handle.Dispose();
        }
        base.Dispose(disposing);
    }
}
