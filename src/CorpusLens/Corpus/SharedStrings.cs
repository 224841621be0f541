namespace CorpusLens;

/// <summary>
/// One string for each short text met again (a key, a language, a source, a date), so that metadata read for many
/// files holds each once; longer texts (titles, say) are rarely met twice and are made as they are. Not thread-safe.
/// </summary>
internal sealed class SharedStrings
{
    /// <summary>Texts longer than this are not shared.</summary>
    internal const int MaximumLength = 32;

    /// <summary>At most this many distinct texts are remembered; later ones are made unshared.</summary>
    internal const int MaximumCount = 1 << 16;

    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    /// <summary>An empty set of strings.</summary>
    public SharedStrings() => lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The string of <paramref name="text"/>: the one made before when it is short and was met.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        if (text.Length > MaximumLength)
        {
            return text.ToString();
        }
        if (lookup.TryGetValue(text, out var known))
        {
            return known;
        }
        var made = text.ToString();
        if (strings.Count < MaximumCount)
        {
            strings[made] = made;
        }
        return made;
    }

    /// <summary>As <see cref="Get(ReadOnlySpan{char})"/> for a string already made: it, or the one made before.</summary>
    public string Get(string text) => text.Length <= MaximumLength && lookup.TryGetValue(text, out var known) ? known : Remember(text);

    private string Remember(string text)
    {
        if (text.Length <= MaximumLength && strings.Count < MaximumCount)
        {
            strings[text] = text;
        }
        return text;
    }
}
