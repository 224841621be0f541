using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace CorpusLens.Text;

/// <summary>
/// Reads the files of a streamed folder (<see cref="TermCounter.CountFolder"/>) one at a time into buffers reused
/// from file to file, and decodes them as <see cref="Corpus.Load"/> does: a file of
/// plain UTF-8 (nearly all of them) is decoded in place; any other (no bytes, a byte-order mark other than UTF-8's,
/// bytes that are not UTF-8, NUL or other control bytes) goes through <see cref="TextFileDecoder"/>, so that an
/// unreadable, empty or binary file is skipped and a Latin-1 file read as Latin-1, each with the same message as a
/// load.
/// Not thread-safe: one per thread.
/// </summary>
internal sealed class StreamedFileReader
{
    // Control bytes that TextFileDecoder counts towards a binary file (all but \t \n \f \r), and NUL. A file without
    // any of them is decoded here; one with any is left to TextFileDecoder, whose rules weigh how many there are.
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0B, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15,
         0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F, 0x7F]);

    private byte[] bytes = ArrayPool<byte>.Shared.Rent(1 << 16);
    private char[] chars = ArrayPool<char>.Shared.Rent(1 << 16);
    private byte[] pathBytes = new byte[256];

    /// <summary>
    /// Reads and decodes the file at <paramref name="path"/> (its front matter is the caller's): false when it holds no text
    /// to count (unreadable, empty, binary), with the reason in <paramref name="message"/>; when true,
    /// <paramref name="message"/> is null or a note or warning on how it was decoded (<paramref name="severity"/>).
    /// The text is in this reader's own buffer, which the caller may write to (<see cref="BoilerplateRemover.Blank"/>),
    /// and valid until the next call.
    /// </summary>
    public bool TryRead(string path, out Span<char> text, out LoadSeverity severity, out string? message)
    {
        if (!PosixFile.TryRead(path, ref bytes, ref pathBytes, out int length, out bool fromDisk) && !TryReadManaged(path, out length, out message))
        {
            LastReadFromDisk = false;
            text = default;
            severity = LoadSeverity.Skipped;
            return false;
        }
        LastReadFromDisk = fromDisk;
        return TryDecode(bytes.AsSpan(0, length), out text, out severity, out message);
    }

    /// <summary>Whether the last file read had to come from the disk: none of it was in the page cache (Linux only).</summary>
    public bool LastReadFromDisk { get; private set; }

    /// <summary>Starts reading <paramref name="path"/> into the page cache without waiting for it (<see cref="PosixFile.Prefetch"/>).</summary>
    public void Prefetch(string path) => PosixFile.Prefetch(path, ref pathBytes);

    /// <summary>As <see cref="TryRead"/> for bytes already read: the decoding alone, for tests.</summary>
    internal bool TryDecode(ReadOnlySpan<byte> data, out Span<char> text, out LoadSeverity severity, out string? message)
    {
        severity = LoadSeverity.Note;
        message = null;
        var body = data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? data[3..] : data;
        // C1 controls (U+0080-U+009F) are valid UTF-8 that TextFileDecoder counts as control characters too.
        if (body.IsEmpty || body.IndexOfAny(ControlBytes) >= 0 || !TryDecodeUtf8(body, out text) || text.IsWhiteSpace()
            || text.IndexOfAnyInRange('\u0080', '\u009F') >= 0)
        {
            var decoded = TextFileDecoder.Decode(data);
            severity = decoded.Severity;
            message = decoded.Message;
            text = decoded.Text is null ? default : Buffered(decoded.Text); // NFC already
            return decoded.Text is not null;
        }
        if (TermCounter.NeedsNormalization(text))
        {
            text = Buffered(text.ToString().Normalize(NormalizationForm.FormC));
        }
        return true;
    }

    /// <summary>A decoded or normalised text copied into the char buffer, where the caller may write to it (few files are).</summary>
    private Span<char> Buffered(string text)
    {
        EnsureChars(text.Length);
        text.CopyTo(chars);
        return chars.AsSpan(0, text.Length);
    }

    private void EnsureChars(int length)
    {
        if (chars.Length < length)
        {
            ArrayPool<char>.Shared.Return(chars);
            chars = ArrayPool<char>.Shared.Rent(length);
        }
    }

    /// <summary>Decodes <paramref name="data"/> as UTF-8 into the char buffer; false at the first byte that is not UTF-8.</summary>
    private bool TryDecodeUtf8(ReadOnlySpan<byte> data, out Span<char> text)
    {
        EnsureChars(data.Length);
        var status = Utf8.ToUtf16(data, chars, out _, out int written, replaceInvalidSequences: false);
        text = chars.AsSpan(0, written);
        return status == System.Buffers.OperationStatus.Done;
    }

    /// <summary>Reads the file the portable way (and names the reason when it cannot be read, as a load does).</summary>
    private bool TryReadManaged(string path, out int length, out string? reason)
    {
        length = 0;
        reason = null;
        try
        {
            // Read until a short read (the end of a regular file) or a read of nothing: no fstat for the length
            // and no fadvise, so a file costs four system calls (open, the runtime's fstat, read, close).
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            while (true)
            {
                if (length == bytes.Length && !PooledBuffer.TryDouble(ref bytes, length))
                {
                    reason = LoadReasons.Unreadable($"too large (over {PooledBuffer.MaximumBytes} bytes)");
                    return false;
                }
                int read = RandomAccess.Read(handle, bytes.AsSpan(length), length);
                length += read;
                if (read == 0 || length < bytes.Length)
                {
                    return true;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            reason = LoadReasons.Unreadable(exception.Message);
            return false;
        }
    }
}
