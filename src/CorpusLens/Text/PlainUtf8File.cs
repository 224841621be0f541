using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace CorpusLens.Text;

/// <summary>
/// Opens a file to be read as a stream of text when a load would decode it as plain UTF-8 (<see cref="TextFileDecoder"/>:
/// no byte-order mark but UTF-8's, no NUL byte, valid UTF-8 throughout, at most 5 % control characters in its first
/// 8,192 characters, not only white space), so that streaming it reads what a load reads. One pass over the bytes
/// in pieces of 1 MB checks that (the first decoded, the rest only validated: 64-70 ms for 100 MB in the page cache,
/// 5 % of streaming it); no piece is kept.
/// </summary>
internal static class PlainUtf8File
{
    private const int PieceBytes = 1 << 20;

    /// <summary>
    /// A reader of <paramref name="path"/>'s text as a load decodes it: streamed when it is plain UTF-8, else the whole
    /// text as <see cref="TextFileDecoder"/> decodes it (its note reported as a load reports it); null when a load skips
    /// the file (empty, binary, unreadable: reported).
    /// </summary>
    public static TextReader? OpenAsLoadReads(string path, LoadReport report) =>
        (TextReader?)Open(path) ?? (CorpusSources.ReadText(path, report) is { } text ? new StringReader(text) : null);

    /// <summary>A reader of <paramref name="path"/>'s text, or null where a load would decode it otherwise, skip it, or could not read it.</summary>
    public static StreamReader? Open(string path)
    {
        try
        {
            return IsPlainUtf8(path) ? new StreamReader(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null; // a load reads it again and says why it cannot
        }
    }

    /// <summary>
    /// How many bytes of <paramref name="piece"/> end with a whole character, as far as its end shows: up to the start
    /// of its last multi-byte sequence, which may go on in the next piece (a sequence is at most 4 bytes).
    /// </summary>
    private static int CompleteLength(ReadOnlySpan<byte> piece)
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

    private static bool IsPlainUtf8(string path)
    {
        using var handle = File.OpenHandle(path);
        long length = RandomAccess.GetLength(handle);
        var bytes = ArrayPool<byte>.Shared.Rent(PieceBytes + 4);
        var chars = ArrayPool<char>.Shared.Rent(PieceBytes + 4);
        try
        {
            long offset = 0;
            int carried = 0; // the bytes of a character cut at the end of the last piece
            bool anyText = false;
            int sampled = 0;
            int control = 0;
            while (offset < length)
            {
                int read = RandomAccess.Read(handle, bytes.AsSpan(carried, PieceBytes), offset);
                if (read == 0)
                {
                    break;
                }
                var piece = bytes.AsSpan(0, carried + read);
                if (offset == 0 && piece.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                {
                    piece = piece[3..]; // UTF-8's mark, which a load drops (any other mark is not valid UTF-8)
                }
                offset += read;
                if (piece.Contains((byte)0))
                {
                    return false;
                }
                if (anyText && sampled >= TextFileDecoder.ControlSample)
                {
                    // All that is left to know is whether the rest is UTF-8: validated, not decoded (100 MB: 91 -> 64-70 ms).
                    int complete = offset >= length ? piece.Length : CompleteLength(piece);
                    if (!Utf8.IsValid(piece[..complete]))
                    {
                        return false;
                    }
                    carried = piece.Length - complete;
                    piece[complete..].CopyTo(bytes);
                    continue;
                }
                var status = Utf8.ToUtf16(piece, chars, out int used, out int written, replaceInvalidSequences: false, isFinalBlock: offset >= length);
                if (status is not (OperationStatus.Done or OperationStatus.NeedMoreData))
                {
                    return false;
                }
                var text = chars.AsSpan(0, written);
                anyText |= !text.IsWhiteSpace();
                var sample = text[..Math.Min(text.Length, TextFileDecoder.ControlSample - sampled)];
                control += TextFileDecoder.ControlCharacters(sample);
                sampled += sample.Length;
                carried = piece.Length - used;
                piece[used..].CopyTo(bytes);
            }
            return carried == 0 && anyText && (sampled == 0 || (double)control / sampled <= TextFileDecoder.MaximumControlShare);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
