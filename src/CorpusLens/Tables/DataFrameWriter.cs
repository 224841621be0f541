using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Analysis;

namespace CorpusLens.Tables;

/// <summary>
/// Writes a DataFrame as RFC 4180 CSV (header row, CRLF line ends, fields quoted when needed) or as a JSON array
/// of objects (JSON is not escaped for HTML: never paste it into a page unescaped). Numbers and dates are written in the invariant culture whatever the machine's culture is.
/// </summary>
public static class DataFrameWriter
{
    /// <summary>Writes <paramref name="frame"/> as CSV to <paramref name="writer"/>.</summary>
    /// <example><code>DataFrameWriter.WriteCsv(corpus.Articles, Console.Out);</code></example>
    public static void WriteCsv(DataFrame frame, TextWriter writer)
    {
        var columns = frame.Columns;
        writer.Write(string.Join(",", columns.Select(column => QuoteCsv(column.Name))));
        writer.Write("\r\n");
        var cells = columns.Select(CsvColumnWriter.For).ToArray();
        for (long row = 0; row < frame.Rows.Count; row++)
        {
            for (int column = 0; column < cells.Length; column++)
            {
                if (column > 0)
                {
                    writer.Write(',');
                }
                cells[column].Write(row, writer);
            }
            writer.Write("\r\n");
        }
    }

    /// <summary>Writes <paramref name="frame"/> as CSV to the file <paramref name="path"/> (UTF-8, no BOM).</summary>
    public static void WriteCsv(DataFrame frame, string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        WriteCsv(frame, writer);
    }

    /// <summary>Writes <paramref name="frame"/> as a JSON array with one object per row.</summary>
    public static void WriteJson(DataFrame frame, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartArray();
            for (long row = 0; row < frame.Rows.Count; row++)
            {
                json.WriteStartObject();
                foreach (var column in frame.Columns)
                {
                    WriteJsonValue(json, column.Name, column[row]);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        writer.Write(Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
    }

    /// <summary>How JSON is written: indented, not escaped for HTML.</summary>
    internal static JsonWriterOptions JsonOptions => new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The text of one cell, as CSV and tables show it: invariant culture, empty for a missing value.</summary>
    public static string FormatCell(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>
    /// The text of one cell as a person reads it (terminal tables, the report's tables): as <see cref="FormatCell"/>,
    /// except that a number with a fraction is rounded to three decimals with thousands separators, one below 0.001
    /// is written in scientific notation with four significant digits, and NaN is left empty. CSV and JSON keep
    /// every digit (<see cref="FormatCell"/>).
    /// </summary>
    /// <example><c>FormatForReading(23.49869451697128)</c> is <c>"23.499"</c>; <c>FormatForReading(12345.6)</c> is
    /// <c>"12,345.6"</c>; <c>FormatForReading(0.0000123456)</c> is <c>"1.235E-05"</c>.</example>
    public static string FormatForReading(object? value) => value switch
    {
        double number => FormatForReading(number),
        float number => FormatForReading((double)number),
        _ => FormatCell(value),
    };

    private static string FormatForReading(double number)
    {
        if (double.IsNaN(number))
        {
            return string.Empty;
        }
        if (number == 0)
        {
            return "0"; // -0 too
        }
        if (double.IsInfinity(number))
        {
            return FormatCell(number);
        }
        return Math.Abs(number) < 0.001
            ? number.ToString("0.###E+00", CultureInfo.InvariantCulture)
            : number.ToString("#,0.###", CultureInfo.InvariantCulture);
    }

    /// <summary>Quotes a CSV field when it holds a comma, a quote or a line break (RFC 4180).</summary>
    public static string QuoteCsv(string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return field;
        }
        return "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void WriteJsonValue(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull(name);
                break;
            case bool flag:
                json.WriteBoolean(name, flag);
                break;
            case double number when double.IsFinite(number):
                json.WriteNumber(name, number);
                break;
            case float number when float.IsFinite(number):
                json.WriteNumber(name, number);
                break;
            case int or long or short or byte or uint or ulong or ushort or sbyte or decimal:
                json.WritePropertyName(name);
                json.WriteRawValue(FormatCell(value));
                break;
            default:
                json.WriteString(name, FormatCell(value));
                break;
        }
    }
}
