using System.Runtime.CompilerServices;
using System.Text;
using CorpusLens.Tables;

namespace CorpusLens.Text;

/// <summary>
/// Formats rows of a frequency table straight into UTF-8 bytes, as CSV or JSON, with exactly the text
/// <see cref="DataFrameWriter"/> writes for the same rows as a DataFrame. Every JSON row starts with its separating
/// comma: the writer drops the first one (<see cref="Start"/>, <see cref="End"/>).
/// </summary>
internal sealed class FrequencyTextRows : IFrequencyRowSink
{
    private static readonly string[] ValueColumns = ["term", "count", "per_thousand", "document_frequency"];
    private readonly TableFormat format;
    private readonly byte[][] jsonPrefixes;
    private readonly byte[] jsonRowEnd;
    private readonly Utf8Cells cells = new();
    private string? lastGroup;
    private byte[] lastGroupBytes = [];

    // Rows of a group come by count descending: equal counts (and so equal rates) are neighbours. The rate's text
    // of the previous row is kept and reused for the next when the rate is the same number.
    private readonly byte[] lastRateBytes = new byte[64];
    private int lastRateLength;
    private long lastRateBits = -1;

    /// <summary>Creates an empty part for a table whose first column is <paramref name="groupColumn"/>.</summary>
    public FrequencyTextRows(TableFormat format, string groupColumn)
    {
        this.format = format;
        if (format == TableFormat.Json)
        {
            // ",\n  {\n    \"article\": " before the group, ",\n    \"term\": " before the term, and so on.
            string newLine = DataFrameWriter.JsonOptions.NewLine;
            var names = ValueColumns.Prepend(groupColumn).Select(cells.JsonString).ToArray();
            jsonPrefixes = names.Select((name, column) => Concat(Encoding.UTF8.GetBytes(column == 0 ? $",{newLine}  {{{newLine}    " : $",{newLine}    "), name, ": "u8.ToArray())).ToArray();
            jsonRowEnd = Encoding.UTF8.GetBytes($"{newLine}  }}");
        }
        else
        {
            jsonPrefixes = [];
            jsonRowEnd = [];
        }
    }

    /// <summary>The bytes of the rows added since the last <see cref="Utf8Buffer.Clear"/>.</summary>
    public Utf8Buffer Buffer { get; } = new();

    /// <summary>What comes before the rows: the CSV header line, or the opening bracket of the JSON array.</summary>
    public static byte[] Start(TableFormat format, string groupColumn) => format == TableFormat.Json
        ? "["u8.ToArray()
        : Encoding.UTF8.GetBytes(string.Join(",", ValueColumns.Prepend(groupColumn).Select(DataFrameWriter.QuoteCsv)) + "\r\n");

    /// <summary>The bytes of one part as they go to the output: the first JSON row loses its leading comma.</summary>
    public static ReadOnlySpan<byte> Body(TableFormat format, ReadOnlySpan<byte> part, bool first) =>
        format == TableFormat.Json && first && part.Length > 0 ? part[1..] : part;

    /// <summary>What comes after the rows: the closing bracket of the JSON array and a line end, nothing for CSV.</summary>
    public static byte[] End(TableFormat format, bool anyRows) => format == TableFormat.Json
        ? Encoding.UTF8.GetBytes((anyRows ? DataFrameWriter.JsonOptions.NewLine : string.Empty) + "]\n")
        : [];

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(string group, TermTexts texts, int term, int count, double perThousand, int documentFrequency)
    {
        var buffer = Buffer;
        if (!string.Equals(group, lastGroup, StringComparison.Ordinal) || lastGroup is null)
        {
            lastGroup = group;
            var encoded = new Utf8Buffer(group.Length * 3 + 16);
            if (format == TableFormat.Json)
            {
                cells.AppendJsonString(encoded, group);
            }
            else
            {
                Utf8Cells.AppendCsvField(encoded, group);
            }
            lastGroupBytes = encoded.Written.ToArray();
        }
        if (format == TableFormat.Json)
        {
            buffer.Append(jsonPrefixes[0]);
            buffer.Append(lastGroupBytes);
            buffer.Append(jsonPrefixes[1]);
            cells.AppendJsonString(buffer, texts.DisplaySpan(term));
            buffer.Append(jsonPrefixes[2]);
            buffer.AppendNumber(count);
            buffer.Append(jsonPrefixes[3]);
            AppendRate(perThousand);
            buffer.Append(jsonPrefixes[4]);
            buffer.AppendNumber(documentFrequency);
            buffer.Append(jsonRowEnd);
            return;
        }
        buffer.Append(lastGroupBytes);
        buffer.Append((byte)',');
        Utf8Cells.AppendCsvField(buffer, texts.DisplaySpan(term));
        buffer.Append((byte)',');
        buffer.AppendNumber(count);
        buffer.Append((byte)',');
        AppendRate(perThousand);
        buffer.Append((byte)',');
        buffer.AppendNumber(documentFrequency);
        buffer.Append("\r\n"u8);
    }

    /// <summary>Appends the rate as the previous row's rate when it is the same number, else formats it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AppendRate(double perThousand)
    {
        long bits = BitConverter.DoubleToInt64Bits(perThousand);
        if (bits != lastRateBits || lastRateLength == 0)
        {
            int start = Buffer.Length;
            if (format == TableFormat.Json)
            {
                cells.AppendJsonDouble(Buffer, perThousand);
            }
            else
            {
                Utf8Cells.AppendDouble(Buffer, perThousand);
            }
            int length = Buffer.Length - start;
            if (length <= lastRateBytes.Length)
            {
                Buffer.Last(length).CopyTo(lastRateBytes);
                lastRateLength = length;
                lastRateBits = bits;
            }
            else
            {
                lastRateLength = 0;
            }
            return;
        }
        Buffer.Append(lastRateBytes.AsSpan(0, lastRateLength));
    }

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(part => part).ToArray();
}
