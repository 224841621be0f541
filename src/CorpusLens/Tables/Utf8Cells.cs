using System.Runtime.CompilerServices;
using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CorpusLens.Tables;

/// <summary>
/// Writes table cells as UTF-8 bytes with exactly the text <see cref="DataFrameWriter"/> gives them: CSV fields
/// quoted by <see cref="DataFrameWriter.QuoteCsv"/>, JSON strings escaped as its <see cref="Utf8JsonWriter"/>
/// escapes them, numbers in the invariant culture (doubles round-trip, as "R" and the JSON writer both give them).
/// One instance per thread: the rare string that needs JSON escaping goes through a reused JSON writer.
/// </summary>
internal sealed class Utf8Cells
{
    private static readonly JavaScriptEncoder JsonEncoder = DataFrameWriter.JsonOptions.Encoder!;
    private ArrayBufferWriter<byte>? escapedBytes;
    private Utf8JsonWriter? escaper;

    /// <summary>Appends a CSV field: nothing for null, quoted when it holds a comma, a quote or a line break.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AppendCsvField(Utf8Buffer buffer, string? field)
    {
        if (field is null)
        {
            return;
        }
        AppendCsvField(buffer, field.AsSpan());
    }

    /// <summary>Appends a CSV field given as characters: quoted when it holds a comma, a quote or a line break.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AppendCsvField(Utf8Buffer buffer, ReadOnlySpan<char> field)
    {
        buffer.AppendText(field.IndexOfAny(",\"\r\n") < 0 ? field : DataFrameWriter.QuoteCsv(new string(field)));
    }

    /// <summary>Appends a double as CSV and JSON write it (shortest round-trip text).</summary>
    public static void AppendDouble(Utf8Buffer buffer, double value) => buffer.AppendNumber(value, "R");

    /// <summary>Appends a JSON number for a finite double, else the JSON string of its text (as DataFrameWriter does).</summary>
    public void AppendJsonDouble(Utf8Buffer buffer, double value)
    {
        if (double.IsFinite(value))
        {
            AppendDouble(buffer, value);
            return;
        }
        AppendJsonString(buffer, DataFrameWriter.FormatCell(value));
    }

    /// <summary>Appends a JSON string (with its quotes), or <c>null</c> for null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AppendJsonString(Utf8Buffer buffer, string? value)
    {
        if (value is null)
        {
            buffer.Append("null"u8);
            return;
        }
        AppendJsonString(buffer, value.AsSpan());
    }

    /// <summary>Appends a JSON string (with its quotes) given as characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AppendJsonString(Utf8Buffer buffer, ReadOnlySpan<char> value)
    {
        buffer.Append((byte)'"');
        if (buffer.TryAppendText(value, out int written) && JsonEncoder.FindFirstCharacterToEncodeUtf8(buffer.Last(written)) < 0)
        {
            buffer.Append((byte)'"');
            return;
        }
        buffer.Truncate(written + 1);
        escapedBytes ??= new ArrayBufferWriter<byte>();
        escapedBytes.ResetWrittenCount();
        if (escaper is null)
        {
            escaper = new Utf8JsonWriter(escapedBytes, DataFrameWriter.JsonOptions);
        }
        else
        {
            escaper.Reset(escapedBytes);
        }
        escaper.WriteStringValue(value);
        escaper.Flush();
        buffer.Append(escapedBytes.WrittenSpan);
    }

    /// <summary>The JSON string of <paramref name="value"/> as bytes (for names written on every row).</summary>
    public byte[] JsonString(string value)
    {
        var buffer = new Utf8Buffer(value.Length * 3 + 16);
        AppendJsonString(buffer, value);
        return buffer.Written.ToArray();
    }
}
