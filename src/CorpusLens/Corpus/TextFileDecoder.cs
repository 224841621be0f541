using System.Text;

namespace CorpusLens;

/// <summary>The outcome of decoding a file's bytes: the text, or why there is none, and any note to report.</summary>
/// <param name="Text">The decoded text, or null when the file cannot be used.</param>
/// <param name="Severity">The severity of <paramref name="Message"/>.</param>
/// <param name="Message">A note ("decoded as Latin-1"), a warning or the reason the file was skipped; null when all went plainly.</param>
public readonly record struct DecodedText(string? Text, LoadSeverity Severity, string? Message);

/// <summary>
/// Turns a file's bytes into text. Rules, in order: a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32);
/// no bytes or only white space is an empty file; NUL bytes in a regular pattern without a BOM mean UTF-16, other
/// NUL bytes or many control characters mean a binary file; valid UTF-8 is UTF-8; bytes that are not UTF-8 and
/// contain no UTF-8 multi-byte sequence are Windows-1252 (a superset of Latin-1), with a note; otherwise UTF-8 with
/// the invalid bytes replaced by U+FFFD, with a warning. The text is normalised to Unicode NFC.
/// </summary>
public static class TextFileDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Made the first time a file is not UTF-8: registering the code pages loads an assembly (on the path of every
    // metadata.csv and corpus load otherwise).
    private static Encoding Windows1252 => Fallback.Windows1252;

    /// <summary>Decodes <paramref name="bytes"/> by the rules above.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return new DecodedText(null, LoadSeverity.Skipped, "empty file: no bytes");
        }
        var (bomEncoding, bomLength, bomName) = DetectByteOrderMark(bytes);
        string text;
        string? note = null;
        var severity = LoadSeverity.Note;
        if (bomEncoding is not null)
        {
            text = bomEncoding.GetString(bytes[bomLength..]);
            if (bomName != "UTF-8")
            {
                note = $"decoded as {bomName} (byte-order mark)";
            }
        }
        else if (LooksLikeUtf16WithoutMark(bytes, out var utf16, out var utf16Name))
        {
            text = utf16.GetString(bytes);
            note = $"decoded as {utf16Name} (no byte-order mark; NUL pattern)";
        }
        else if (bytes.Contains((byte)0))
        {
            return new DecodedText(null, LoadSeverity.Skipped, "binary file: contains NUL bytes");
        }
        else
        {
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                if (HasUtf8MultiByteSequence(bytes))
                {
                    text = Encoding.UTF8.GetString(bytes);
                    severity = LoadSeverity.Warning;
                    note = "invalid UTF-8: undecodable bytes replaced by U+FFFD";
                }
                else
                {
                    text = Windows1252.GetString(bytes);
                    note = "decoded as Latin-1 (Windows-1252): not valid UTF-8";
                }
            }
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return new DecodedText(null, LoadSeverity.Skipped, "empty file: only white space");
        }
        if (ControlCharacterShare(text) > MaximumControlShare)
        {
            return new DecodedText(null, LoadSeverity.Skipped, "binary file: too many control characters");
        }
        return new DecodedText(text.Normalize(NormalizationForm.FormC), severity, note);
    }

    private static (Encoding? Encoding, int Length, string Name) DetectByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4, "UTF-32 LE");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4, "UTF-32 BE");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8, 3, "UTF-8");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2, "UTF-16 LE");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2, "UTF-16 BE");
        }
        return (null, 0, string.Empty);
    }

    private static bool LooksLikeUtf16WithoutMark(ReadOnlySpan<byte> bytes, out Encoding encoding, out string name)
    {
        encoding = Encoding.Unicode;
        name = "UTF-16 LE";
        int sample = Math.Min(bytes.Length & ~1, 4096);
        if (sample < 4)
        {
            return false;
        }
        int evenNul = 0, oddNul = 0;
        for (int i = 0; i < sample; i += 2)
        {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = sample / 2;
        if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05)
        {
            return true;
        }
        if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05)
        {
            encoding = Encoding.BigEndianUnicode;
            name = "UTF-16 BE";
            return true;
        }
        return false;
    }

    private static bool HasUtf8MultiByteSequence(ReadOnlySpan<byte> bytes)
    {
        for (int i = 0; i + 1 < bytes.Length; i++)
        {
            byte lead = bytes[i];
            int continuation = lead >= 0xF0 && lead <= 0xF4 ? 3 : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xC2 && lead <= 0xDF ? 1 : 0;
            if (continuation == 0 || i + continuation >= bytes.Length)
            {
                continue;
            }
            bool valid = true;
            for (int k = 1; k <= continuation; k++)
            {
                valid &= (bytes[i + k] & 0xC0) == 0x80;
            }
            if (valid)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The characters at the start of a text whose control characters are counted.</summary>
    internal const int ControlSample = 8192;

    /// <summary>A text whose sample has a larger share of control characters is a binary file.</summary>
    internal const double MaximumControlShare = 0.05;

    private static double ControlCharacterShare(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, ControlSample));
        return sample.Length == 0 ? 0 : (double)ControlCharacters(sample) / sample.Length;
    }

    /// <summary>How many characters of <paramref name="text"/> are control characters other than line breaks, tabs and form feeds.</summary>
    internal static int ControlCharacters(ReadOnlySpan<char> text)
    {
        int control = 0;
        foreach (char c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
        }
        return control;
    }

    private static class Fallback
    {
        public static readonly Encoding Windows1252 = Create();

        private static Encoding Create()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }
}
