using System.Text;
using CsCheck;

namespace CorpusLens.Tests.Corpus;

public class TextFileDecoderTests
{
    private const string Sample = "Größe : l’été à Zürich, déjà 1 000 €.";

    public static TheoryData<string, byte[], string?, LoadSeverity, string?> Cases => new()
    {
        { "UTF-8 without BOM", Encoding.UTF8.GetBytes(Sample), Sample, LoadSeverity.Note, null },
        { "UTF-8 with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)], Sample, LoadSeverity.Note, null },
        { "UTF-16 LE with BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)], Sample, LoadSeverity.Note, "decoded as UTF-16 LE" },
        { "UTF-16 BE with BOM", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)], Sample, LoadSeverity.Note, "decoded as UTF-16 BE" },
        { "UTF-16 LE without BOM", Encoding.Unicode.GetBytes("Plain ASCII text in UTF-16, long enough."), "Plain ASCII text in UTF-16, long enough.", LoadSeverity.Note, "no byte-order mark" },
        { "Latin-1", Encoding.Latin1.GetBytes("Café à Zürich, Größe."), "Café à Zürich, Größe.", LoadSeverity.Note, "decoded as Latin-1" },
        { "Windows-1252 quotes", [0x93, 0x4F, 0x4B, 0x94, 0x20, 0x80], "“OK” €", LoadSeverity.Note, "decoded as Latin-1" },
        { "invalid UTF-8 among valid", [.. Encoding.UTF8.GetBytes("déjà "), 0xFF, .. Encoding.UTF8.GetBytes(" vu")], "déjà \uFFFD vu", LoadSeverity.Warning, "invalid UTF-8" },
        { "empty", [], null, LoadSeverity.Skipped, "empty file" },
        { "white space only", Encoding.UTF8.GetBytes(" \n\t\r\n "), null, LoadSeverity.Skipped, "empty file" },
        { "binary with NUL bytes", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01], null, LoadSeverity.Skipped, "binary file" },
        { "control characters", Encoding.ASCII.GetBytes("\u0001\u0002\u0003\u0004abc\u0005\u0006\u0007\u0008"), null, LoadSeverity.Skipped, "binary file" },
        { "decomposed accents are composed (NFC)", Encoding.UTF8.GetBytes("e\u0301te\u0301"), "été", LoadSeverity.Note, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decodes_by_the_documented_rules(string description, byte[] bytes, string? expectedText, LoadSeverity expectedSeverity, string? messageContains)
    {
        var decoded = TextFileDecoder.Decode(bytes);
        Assert.True(expectedText == decoded.Text, $"{description}: got '{decoded.Text}'");
        if (messageContains is null)
        {
            Assert.Null(decoded.Message);
        }
        else
        {
            Assert.Equal(expectedSeverity, decoded.Severity);
            Assert.Contains(messageContains, decoded.Message);
        }
    }

    [Fact]
    public void Any_bytes_decode_to_text_or_a_reason_without_throwing()
    {
        Gen.Byte.Array[0, 600].Sample(bytes =>
        {
            var decoded = TextFileDecoder.Decode(bytes);
            Assert.True((decoded.Text is null) == (decoded.Severity == LoadSeverity.Skipped));
            Assert.True(decoded.Text is not null || decoded.Message is not null);
        });
    }

    [Fact]
    public void Any_valid_utf8_text_round_trips_in_normal_form_c()
    {
        Gen.String.Sample(text =>
        {
            if (string.IsNullOrWhiteSpace(text) || text.Any(c => char.IsControl(c) || char.IsSurrogate(c)))
            {
                return;
            }
            var decoded = TextFileDecoder.Decode(Encoding.UTF8.GetBytes(text));
            Assert.Equal(text.Normalize(NormalizationForm.FormC), decoded.Text);
        });
    }
}
