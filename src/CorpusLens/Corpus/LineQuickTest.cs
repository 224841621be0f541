namespace CorpusLens;

/// <summary>
/// A test a line must pass for a boilerplate pattern to match it, far cheaper than the pattern: the line's first
/// character that is not white space, lower-cased, is one of a set, or its last one of another; and, for a pattern
/// that matches only a few words alone on their line, the line has no more characters that are not white space than
/// the longest of them (each character of a pattern matches one of the line's). A character above
/// U+00FF passes a test whose set is not empty (case equivalences beyond Latin-1, such as the Kelvin sign for k, are
/// the pattern's to judge), and so does a line of white space only. White space is what a pattern's <c>\s</c>
/// matches (<see cref="char.IsWhiteSpace(char)"/>: the same set).
/// </summary>
internal sealed class LineQuickTest
{
    private readonly bool[] first;
    private readonly bool[] last;
    private readonly int maximumVisible;

    /// <summary>
    /// A test of the first character (lower case, one of <paramref name="firstCharacters"/>) or the last (one of
    /// <paramref name="lastCharacters"/>; empty: none passes), and of at most <paramref name="maximumVisible"/>
    /// characters that are not white space.
    /// </summary>
    public LineQuickTest(string firstCharacters, string lastCharacters, int maximumVisible = int.MaxValue)
    {
        first = Table(firstCharacters);
        last = Table(lastCharacters);
        this.maximumVisible = maximumVisible;
    }

    /// <summary>False only when the pattern this test belongs to cannot match <paramref name="line"/>.</summary>
    public bool MayMatch(ReadOnlySpan<char> line) => MayMatch(Ends(line), line);

    /// <summary>As <see cref="MayMatch(ReadOnlySpan{char})"/> for a line whose <see cref="Ends"/> are known: several tests of one line find them once.</summary>
    public bool MayMatch((char First, char Last)? ends, ReadOnlySpan<char> line) =>
        ends is not { } known
        || ((Passes(first, known.First) || Passes(last, known.Last)) && (maximumVisible == int.MaxValue || VisibleAtMost(line, maximumVisible)));

    // Whether the line has at most `maximum` characters that are not white space (it stops counting past them).
    private static bool VisibleAtMost(ReadOnlySpan<char> line, int maximum)
    {
        int visible = 0;
        foreach (char character in line)
        {
            if (!char.IsWhiteSpace(character) && ++visible > maximum)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The first and last characters of <paramref name="line"/> that are not white space; null when there are none.</summary>
    public static (char First, char Last)? Ends(ReadOnlySpan<char> line)
    {
        var text = line.Trim(); // white space as char.IsWhiteSpace has it
        return text.IsEmpty ? null : (text[0], text[^1]);
    }

    // Index 256: whether the set is not empty, which lets any character above U+00FF pass.
    private static bool Passes(bool[] table, char character) => table[Math.Min(character, (char)256)];

    private static bool[] Table(string characters)
    {
        var table = new bool[257];
        for (int character = 0; character < 256; character++)
        {
            table[character] = characters.Contains(char.ToLowerInvariant((char)character), StringComparison.Ordinal);
        }
        table[256] = characters.Length > 0;
        return table;
    }
}
