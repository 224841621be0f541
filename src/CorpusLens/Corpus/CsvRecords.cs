using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace CorpusLens;

/// <summary>A CSV record with its 1-based line number and fields by lower-case header name.</summary>
internal sealed record CsvRecord(int Line, IReadOnlyDictionary<string, string> Fields);

/// <summary>Reads an RFC 4180 CSV file (header required) with CsvHelper; malformed rows are reported with their line and skipped.</summary>
internal static class CsvRecords
{
    public static IReadOnlyList<CsvRecord> Read(string path, string text, LoadReport report)
    {
        var records = new List<CsvRecord>();
        var badLines = new HashSet<int>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = args =>
            {
                int line = args.Context.Parser?.RawRow ?? 0;
                if (badLines.Add(line))
                {
                    report.Add(LoadSeverity.Skipped, path, line, "malformed row: stray quote in an unquoted field");
                }
            },
            MissingFieldFound = null,
            TrimOptions = TrimOptions.None,
            DetectColumnCountChanges = false,
        };
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, configuration);
        try
        {
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
            {
                report.Add(LoadSeverity.Skipped, path, 1, "malformed CSV: no header row");
                return records;
            }
            var names = header.Select(name => name.Trim().ToLowerInvariant()).ToArray();
            while (csv.Read())
            {
                int line = csv.Parser.RawRow;
                if (badLines.Contains(line))
                {
                    continue;
                }
                int count = csv.Parser.Count;
                if (count != names.Length)
                {
                    report.Add(LoadSeverity.Skipped, path, line,
                        FormattableString.Invariant($"malformed row: expected {names.Length} fields, found {count}"));
                    continue;
                }
                var fields = new Dictionary<string, string>(names.Length, StringComparer.Ordinal);
                for (int i = 0; i < names.Length; i++)
                {
                    fields[names[i]] = csv.GetField(i) ?? string.Empty;
                }
                records.Add(new CsvRecord(line, fields));
            }
        }
        catch (CsvHelperException exception)
        {
            int line = exception.Context?.Parser?.RawRow ?? 0;
            report.Add(LoadSeverity.Skipped, path, line, $"malformed CSV: {FirstLine(exception.Message)}; the rest of the file was not read");
        }
        return records;
    }

    private static string FirstLine(string message)
    {
        int end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
