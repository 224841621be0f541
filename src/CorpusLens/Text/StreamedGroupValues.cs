using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace CorpusLens.Text;

/// <summary>
/// A streamed file's values to group by, the ones its loaded article has (<see cref="TermCounter.Count(Corpus, TermOptions?)"/>):
/// the columns of its metadata but id, language and text, then date, source and title, always there. Date, source
/// and title are the article's: the metadata's, trimmed; else the date a boilerplate rule read in the first line and
/// the title the first line gives (<see cref="TitleLine"/>); else empty. One small object over the file's metadata,
/// not a dictionary of its own (a folder of a million files keeps a million of them).
/// </summary>
internal sealed class StreamedGroupValues : IReadOnlyDictionary<string, string>
{
    private const string DateKey = "date";
    private const string SourceKey = "source";
    private const string TitleKey = "title";

    private readonly IReadOnlyDictionary<string, string> metadata;
    private readonly bool emptyIsMissing;
    private readonly string date;
    private readonly string source;
    private readonly string title;

    /// <summary>
    /// The group values of a file with <paramref name="metadata"/>; <paramref name="emptyIsMissing"/>: its metadata is
    /// a metadata.csv row, whose empty cells a load does not take (a front matter's empty value it does).
    /// <paramref name="dateFromText"/>: the date a rule read in the first line; <paramref name="firstLineTitle"/>: the
    /// title the first line gives, needed only where the metadata has none (<see cref="HasTitle"/>).
    /// </summary>
    public StreamedGroupValues(IReadOnlyDictionary<string, string> metadata, bool emptyIsMissing, string? dateFromText, string? firstLineTitle)
    {
        this.metadata = metadata;
        this.emptyIsMissing = emptyIsMissing;
        date = Given(DateKey) is { Length: > 0 } givenDate ? givenDate.Trim() : dateFromText ?? string.Empty;
        source = Given(SourceKey)?.Trim() ?? string.Empty;
        title = (Given(TitleKey) ?? firstLineTitle ?? string.Empty).Trim();
    }

    /// <summary>
    /// Blanks what the boilerplate rules remove from <paramref name="body"/> (a text after any front matter, in a
    /// buffer of the caller's: what is removed becomes spaces, as <see cref="BoilerplateRemover.Blank"/> makes it) and
    /// returns its group values: the date a rule read in its first line, the title the first line left gives. How many
    /// removals were made goes to <paramref name="removals"/>.
    /// </summary>
    public static StreamedGroupValues Blank(IReadOnlyDictionary<string, string> metadata, bool emptyIsMissing, Span<char> body,
        BoilerplateRemover boilerplate, out int removals)
    {
        string? dateFromText = null;
        removals = boilerplate.IsEmpty ? 0 : boilerplate.Blank(body, out dateFromText);
        string? firstLineTitle = HasTitle(metadata, emptyIsMissing) ? null : new string(TitleLine.Find(body));
        return new StreamedGroupValues(metadata, emptyIsMissing, dateFromText, firstLineTitle);
    }

    /// <summary>Whether a file with <paramref name="metadata"/> has its title there (else its first line may give one).</summary>
    public static bool HasTitle(IReadOnlyDictionary<string, string> metadata, bool emptyIsMissing) =>
        metadata.TryGetValue(TitleKey, out var value) && !(emptyIsMissing && value.Length == 0);

    /// <inheritdoc/>
    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no column '{key}'");

    /// <inheritdoc/>
    public IEnumerable<string> Keys => this.Select(pair => pair.Key);

    /// <inheritdoc/>
    public IEnumerable<string> Values => this.Select(pair => pair.Value);

    /// <inheritdoc/>
    public int Count
    {
        get
        {
            int count = 0;
            foreach (var _ in this)
            {
                count++;
            }
            return count;
        }
    }

    /// <inheritdoc/>
    public bool ContainsKey(string key) => TryGetValue(key, out _);

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        value = key switch
        {
            DateKey => date,
            SourceKey => source,
            TitleKey => title,
            _ => IsOwnKey(key) ? null : Given(key),
        };
        return value is not null;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        foreach (var (key, value) in metadata)
        {
            if (!IsOwnKey(key) && !(emptyIsMissing && value.Length == 0))
            {
                yield return new(key, value);
            }
        }
        yield return new(DateKey, date);
        yield return new(SourceKey, source);
        yield return new(TitleKey, title);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // A key a load takes out of the metadata: the article's own fields (date, source and title come back as such).
    private static bool IsOwnKey(string key) => Array.IndexOf(ArticleBuilder.KnownKeys, key) >= 0;

    private string? Given(string key) =>
        metadata.TryGetValue(key, out var value) && !(emptyIsMissing && value.Length == 0) ? value : null;
}
