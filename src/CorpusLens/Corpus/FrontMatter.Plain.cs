using System.Buffers;

namespace CorpusLens;

/// <summary>The front matter nearly every file has, read without the YAML parser (<see cref="TryParsePlain"/>).</summary>
internal static partial class FrontMatter
{
    // Where a value starts, these give it another meaning than plain text (a list, a quote, a tag, an alias, ...).
    private static readonly SearchValues<char> ValueIndicators = SearchValues.Create("-?:,[]{}#&*!|>'\"%@`");

    // Characters a key may have.
    private static readonly SearchValues<char> KeyCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");

    /// <summary>
    /// Reads <paramref name="yaml"/> when every line is <c>key: value</c>, with a key of letters, digits, '_' and '-'
    /// and a value that is plain text on its line (no quotes, list, tag, comment, flow collection or continuation
    /// line), keys distinct in any case: what the YAML parser reads it as, at a small part of its cost (a file's
    /// front matter of five such lines: 25 µs through the parser). False for anything else, which the parser reads;
    /// a property test checks that both agree on every text read here. The keys and values go into
    /// <paramref name="metadata"/> (emptied first), made by <paramref name="strings"/> when given.
    /// </summary>
    internal static bool TryParsePlain(ReadOnlySpan<char> yaml, Dictionary<string, string> metadata, SharedStrings? strings = null)
    {
        metadata.Clear();
        Span<char> lowered = stackalloc char[64];
        if (!AllPlainCharacters(yaml))
        {
            return false;
        }
        while (!yaml.IsEmpty)
        {
            int end = yaml.IndexOf('\n');
            var line = end < 0 ? yaml : yaml[..end];
            yaml = end < 0 ? default : yaml[(end + 1)..];
            if (line.EndsWith('\r'))
            {
                line = line[..^1];
            }
            int colon = line.IndexOfAnyExcept(KeyCharacters);
            if (colon <= 0 || line[colon] != ':' || line[0] == '-' || (colon + 1 < line.Length && line[colon + 1] != ' '))
            {
                return false;
            }
            var value = line[(colon + 1)..].Trim(' ');
            if (!value.IsEmpty && (ValueIndicators.Contains(value[0]) || value.EndsWith(':') || value.Contains(": ", StringComparison.Ordinal)
                || value.Contains(" #", StringComparison.Ordinal) || value.IndexOfAny('[', ']', '{') >= 0 || value.Contains('}')))
            {
                return false;
            }
            Span<char> keySpan = colon <= lowered.Length ? lowered[..colon] : new char[colon];
            line[..colon].ToLowerInvariant(keySpan);
            string key = strings?.Get(keySpan) ?? keySpan.ToString();
            bool isNull = value is "" or "~" or "null" or "Null" or "NULL";
            if (!metadata.TryAdd(key, isNull ? string.Empty : strings?.Get(value) ?? value.ToString()))
            {
                return false; // given twice: the parser's error
            }
        }
        return true;
    }

    /// <summary>
    /// No character that YAML reads otherwise than as text or that it forbids: only printable characters, tabs
    /// excepted, '\n' and "\r\n" (YAML also breaks lines at a lone '\r', U+0085, U+2028 and U+2029).
    /// </summary>
    private static bool AllPlainCharacters(ReadOnlySpan<char> yaml)
    {
        for (int i = 0; i < yaml.Length; i++)
        {
            char c = yaml[i];
            if (c < ' ')
            {
                if (c == '\n' || (c == '\r' && i + 1 < yaml.Length && yaml[i + 1] == '\n'))
                {
                    continue;
                }
                return false;
            }
            if (c >= '\u007F' && (c <= '\u009F' || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c)))
            {
                return false;
            }
        }
        return true;
    }
}
