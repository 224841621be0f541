namespace CorpusLens.Text;

/// <summary>
/// Case folding for French, German and English terms: lower case (invariant), ß and ẞ folded to "ss" (so Straße,
/// STRASSE and Strasse are one term, as Unicode full case folding does), and the typographic apostrophe ’ folded
/// to ' (so l’IA and l'IA agree). Umlauts and accents are kept: Müller and Muller stay different.
/// </summary>
/// <example><code>CaseFolding.Fold("Führungskräfte") // "führungskräfte"; CaseFolding.Fold("STRAẞE") // "strasse"</code></example>
public static class CaseFolding
{
    /// <summary>The folded form of <paramref name="text"/>.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length * 2] : new char[text.Length * 2];
        int length = Fold(text, buffer);
        return new string(buffer[..length]);
    }

    /// <summary>Folds <paramref name="text"/> into <paramref name="destination"/> (at least twice as long) and returns the folded length.</summary>
    public static int Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        int length = 0;
        foreach (char c in text)
        {
            if (c < 128)
            {
                destination[length++] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
            }
            else if (c is 'ß' or 'ẞ')
            {
                destination[length++] = 's';
                destination[length++] = 's';
            }
            else if (c == '\u2019')
            {
                destination[length++] = '\'';
            }
            else
            {
                destination[length++] = char.ToLowerInvariant(c);
            }
        }
        return length;
    }
}
