using System.Text.Json;

namespace CorpusLens;

/// <summary>Reads raw documents from a folder of text files, a CSV file or a JSON Lines file, reporting every problem.</summary>
internal static class CorpusSources
{
    /// <summary>The metadata file looked for in a corpus folder when none is named.</summary>
    public const string DefaultMetadataFileName = "metadata.csv";

    private static readonly string[] TextExtensions = [".txt", ".md"];

    public static IEnumerable<RawDocument> ReadFolder(string folder, string? metadataPath, bool recursive, LoadReport report)
    {
        metadataPath ??= Path.Combine(folder, DefaultMetadataFileName);
        var metadata = File.Exists(metadataPath) ? ReadMetadata(metadataPath, report) : [];
        var files = Directory.EnumerateFiles(folder, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Where(file => TextExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var text = ReadText(file, report);
            if (text is null)
            {
                continue;
            }
            var front = FrontMatter.Split(text);
            if (front.Error is not null)
            {
                report.Add(LoadSeverity.Skipped, file, front.ErrorLine, front.Error);
                continue;
            }
            string id = front.Metadata.GetValueOrDefault("id") is { Length: > 0 } given ? given.Trim() : Path.GetFileNameWithoutExtension(file);
            seenIds.Add(Path.GetFileNameWithoutExtension(file));
            seenIds.Add(id);
            var merged = new Dictionary<string, string>(front.Metadata, StringComparer.Ordinal);
            if (metadata.TryGetValue(id, out var row) || metadata.TryGetValue(Path.GetFileNameWithoutExtension(file), out row))
            {
                foreach (var (key, value) in row)
                {
                    if (value.Length > 0)
                    {
                        merged[key] = value;
                    }
                }
            }
            yield return new RawDocument(id, file, front.Body, merged, front.BodyFirstLine);
        }
        foreach (var id in metadata.Keys.Where(id => !seenIds.Contains(id)))
        {
            report.Add(LoadSeverity.Warning, metadataPath, null, LoadReasons.UnusedMetadataRow(id));
        }
    }

    public static IEnumerable<RawDocument> ReadCsv(string path, string textColumn, LoadReport report)
    {
        var text = ReadText(path, report);
        return text is null ? [] : CsvDocuments(path, new StringReader(text), textColumn, report);
    }

    /// <summary>
    /// The documents of a CSV file whose text <paramref name="reader"/> gives, one at a time: each row's text column is
    /// the text (NFC), its other columns the metadata (a row of the file's shared header, not a dictionary per row),
    /// its id the <c>id</c> column's, else <c>row{line}</c>; a row without text is reported and skipped.
    /// </summary>
    /// <exception cref="CorpusLensException">The file has no column <paramref name="textColumn"/>.</exception>
    public static IEnumerable<RawDocument> CsvDocuments(string path, TextReader reader, string textColumn, LoadReport report)
    {
        var column = textColumn.ToLowerInvariant();
        CsvHeader? metadataHeader = null;
        foreach (var record in CsvRecords.Enumerate(path, reader, report))
        {
            if (metadataHeader is null)
            {
                if (!record.Fields.ContainsKey(column))
                {
                    throw new CorpusLensException($"{path}:1: no column '{textColumn}' (columns: {string.Join(", ", record.Fields.Keys)}); name the text column (--text-column on the command line, textColumn: in C#)");
                }
                metadataHeader = new CsvHeader([.. record.Fields.Header.Names.Where(name => name != column)]);
            }
            var body = record.Fields[column];
            var id = record.Fields.GetValueOrDefault("id") is { Length: > 0 } given ? given.Trim() : $"row{record.Line}";
            if (string.IsNullOrWhiteSpace(body))
            {
                report.Add(LoadSeverity.Skipped, path, record.Line, $"empty text: row '{id}' has no {textColumn}");
                continue;
            }
            var metadata = new CsvRow(metadataHeader, [.. metadataHeader.Names.Select(name => record.Fields[name])]);
            yield return new RawDocument(id, path, body.Normalize(System.Text.NormalizationForm.FormC), metadata, record.Line);
        }
    }

    public static IEnumerable<RawDocument> ReadJsonLines(string path, string textField, LoadReport report)
    {
        var text = ReadText(path, report);
        return text is null ? [] : JsonLinesDocuments(path, new StringReader(text), textField, report);
    }

    /// <summary>
    /// The documents of a JSON Lines file whose text <paramref name="reader"/> gives, one line at a time: each object's
    /// <paramref name="textField"/> is the text (NFC), its other fields the metadata; a line that is not a JSON object
    /// or has no text is reported and skipped.
    /// </summary>
    public static IEnumerable<RawDocument> JsonLinesDocuments(string path, TextReader reader, string textField, LoadReport report)
    {
        var field = textField.ToLowerInvariant();
        using (reader)
        {
            int line = 0;
            while (reader.ReadLine() is { } current)
            {
                line++;
                if (string.IsNullOrWhiteSpace(current))
                {
                    continue;
                }
                var document = ParseJsonLine(path, line, current, field, report);
                if (document is not null)
                {
                    yield return document;
                }
            }
        }
    }

    /// <summary>
    /// <paramref name="documents"/> without those whose id an earlier one has: each of those is reported as skipped
    /// (<see cref="LoadReasons.DuplicateId"/>), as a load skips it.
    /// </summary>
    public static IEnumerable<RawDocument> Unique(IEnumerable<RawDocument> documents, LoadReport report)
    {
        var firstSeen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (firstSeen.TryGetValue(document.Id, out var firstPath))
            {
                report.Add(LoadSeverity.Skipped, document.Path, document.FirstLine == 1 ? null : document.FirstLine,
                    LoadReasons.DuplicateId(document.Id, firstPath));
                continue;
            }
            firstSeen[document.Id] = document.Path;
            yield return document;
        }
    }

    private static RawDocument? ParseJsonLine(string path, int line, string json, string field, LoadReport report)
    {
        try
        {
            using var parsed = JsonDocument.Parse(json);
            if (parsed.RootElement.ValueKind != JsonValueKind.Object)
            {
                report.Add(LoadSeverity.Skipped, path, line, "malformed line: not a JSON object");
                return null;
            }
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in parsed.RootElement.EnumerateObject())
            {
                values[property.Name.ToLowerInvariant()] = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString() ?? string.Empty,
                    JsonValueKind.Null => string.Empty,
                    _ => property.Value.GetRawText(),
                };
            }
            var id = values.GetValueOrDefault("id") is { Length: > 0 } given ? given.Trim() : $"line{line}";
            if (!values.TryGetValue(field, out var body) || string.IsNullOrWhiteSpace(body))
            {
                report.Add(LoadSeverity.Skipped, path, line, $"empty text: record '{id}' has no '{field}'");
                return null;
            }
            values.Remove(field);
            return new RawDocument(id, path, body.Normalize(System.Text.NormalizationForm.FormC), values, line);
        }
        catch (JsonException exception)
        {
            report.Add(LoadSeverity.Skipped, path, line, $"malformed line: invalid JSON ({exception.Message.Split('\n')[0].Trim()})");
            return null;
        }
    }

    /// <summary>The rows of a metadata CSV by id (fields by lower-case column name, values trimmed); rows without an id or with an id given before are reported and skipped.</summary>
    internal static Dictionary<string, CsvRow> ReadMetadata(string path, LoadReport report)
    {
        var text = ReadText(path, report);
        if (text is null)
        {
            return new Dictionary<string, CsvRow>(StringComparer.Ordinal);
        }
        var records = CsvRecords.Read(path, text, report, trimFields: true);
        var result = new Dictionary<string, CsvRow>(records.Count, StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (!record.Fields.TryGetValue("id", out var id) || id.Length == 0)
            {
                report.Add(LoadSeverity.Skipped, path, record.Line, "malformed metadata row: no id");
                continue;
            }
            if (!result.TryAdd(id, record.Fields))
            {
                report.Add(LoadSeverity.Skipped, path, record.Line, $"duplicate id: metadata row for '{id}' already given");
            }
        }
        return result;
    }

    /// <summary>Reads and decodes a file; reports and returns null when it cannot be used.</summary>
    internal static string? ReadText(string path, LoadReport report)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            report.Add(LoadSeverity.Skipped, path, null, LoadReasons.Unreadable(exception.Message));
            return null;
        }
        var decoded = TextFileDecoder.Decode(bytes);
        if (decoded.Message is not null)
        {
            report.Add(decoded.Severity, path, null, decoded.Message);
        }
        return decoded.Text;
    }
}
