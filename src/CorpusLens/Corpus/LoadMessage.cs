namespace CorpusLens;

/// <summary>How serious a load message is.</summary>
public enum LoadSeverity
{
    /// <summary>Worth knowing; the input was loaded as intended (for example a Latin-1 file decoded).</summary>
    Note,

    /// <summary>Loaded, but possibly not as the user meant (for example invalid UTF-8 bytes replaced).</summary>
    Warning,

    /// <summary>The input was not loaded.</summary>
    Skipped,
}

/// <summary>One thing the loader has to say about one input.</summary>
/// <param name="Severity">Note, warning or skipped.</param>
/// <param name="Path">The file concerned.</param>
/// <param name="Line">1-based line number, when the message concerns one line; otherwise null.</param>
/// <param name="Reason">What happened, in plain words.</param>
public sealed record LoadMessage(LoadSeverity Severity, string Path, int? Line, string Reason)
{
    /// <summary>One line for a terminal: <c>path:line: skipped: reason</c>.</summary>
    public override string ToString()
    {
        var where = Line is { } line ? $"{Path}:{line.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : Path;
        var label = Severity switch
        {
            LoadSeverity.Note => "note",
            LoadSeverity.Warning => "warning",
            _ => "skipped",
        };
        return $"{where}: {label}: {Reason}";
    }
}

/// <summary>What a load did: how many articles were loaded and every note, warning and skip.</summary>
public sealed class LoadReport
{
    private readonly List<LoadMessage> messages = [];

    /// <summary>Every message, in the order the inputs were read.</summary>
    public IReadOnlyList<LoadMessage> Messages => messages;

    /// <summary>Number of articles loaded.</summary>
    public int Loaded { get; internal set; }

    /// <summary>
    /// How many lines, or parts of lines, the boilerplate rules removed from the articles loaded or streamed: the rows
    /// of <see cref="Corpus.RemovedLines"/>.
    /// </summary>
    public int BoilerplateRemovals { get; internal set; }

    /// <summary>Number of inputs skipped (files, rows or lines).</summary>
    public int Skipped => messages.Count(message => message.Severity == LoadSeverity.Skipped);

    /// <summary>A one-line summary: <c>loaded 5 articles, skipped 0</c>.</summary>
    public string Summary
    {
        get
        {
            return FormattableString.Invariant($"loaded {Loaded} article{(Loaded == 1 ? "" : "s")}, {Skips}");
        }
    }

    /// <summary>How many inputs were skipped and why, in one phrase: <c>skipped 2 (1 binary file, 1 empty file)</c>.</summary>
    public string Skips
    {
        get
        {
            var text = FormattableString.Invariant($"skipped {Skipped}");
            var reasons = messages.Where(message => message.Severity == LoadSeverity.Skipped)
                .GroupBy(message => ReasonKind(message.Reason))
                .Select(group => FormattableString.Invariant($"{group.Count()} {group.Key}"))
                .ToList();
            return reasons.Count == 0 ? text : $"{text} ({string.Join(", ", reasons)})";
        }
    }

    internal void Add(LoadSeverity severity, string path, int? line, string reason)
    {
        lock (messages)
        {
            messages.Add(new LoadMessage(severity, path, line, reason));
        }
    }

    internal void AddRange(IEnumerable<LoadMessage> more)
    {
        lock (messages)
        {
            messages.AddRange(more);
        }
    }

    private static string ReasonKind(string reason)
    {
        int colon = reason.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? reason[..colon] : reason;
    }

    /// <inheritdoc />
    public override string ToString() => Summary;
}
