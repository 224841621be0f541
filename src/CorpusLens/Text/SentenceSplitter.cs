namespace CorpusLens.Text;

/// <summary>A sentence's place in a text: character offsets, trimmed of surrounding white space.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters.</summary>
    public int Length => End - Start;
}

/// <summary>
/// Splits French, German and English text into sentences by rule, in linear time.
/// A line break always ends a sentence (paragraphs and headings). Within a line, '.', '!', '?' and '…' end a
/// sentence when the next word starts with a capital letter, a digit or an opening quote, and the word before is
/// not an abbreviation (M., Mme, Dr., z. B., bzw., etc., p. ex.), an initial (J. R.) or, in German, an ordinal
/// number (am 22. Juli). Closing quotes and brackets after the mark stay with the sentence they close
/// (« … exécutent. » stays whole), and a mark followed by a comma or a lower-case word does not end anything
/// (« Pourquoi ? » a-t-il dit).
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        // French
        "M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "St", "Ste", "av", "apr", "J.-C", "cf", "ex", "p", "pp", "env",
        "etc", "vol", "chap", "fig", "n", "réf", "hab", "éd", "tél", "min", "max", "janv", "févr", "avr",
        "juill", "sept", "oct", "nov", "déc",
        // German
        "z", "B", "bzw", "usw", "ca", "Nr", "Str", "Hr", "Fr", "Prof", "Dipl", "Ing", "ggf", "evtl", "inkl", "zzgl",
        "vgl", "sog", "u", "a", "d", "h", "o", "s", "Jh", "Mio", "Mrd", "Abs", "Tel", "Jan", "Feb", "Mär", "Apr",
        "Aug", "Sep", "Okt", "Dez", "geb", "gest", "Bd", "Hrsg", "i", "e", "v", "Chr",
        // English
        "Mr", "Mrs", "Ms", "Jr", "Sr", "vs", "Inc", "Corp", "Ltd", "Co", "Mt", "approx", "Dept", "Univ", "Gen",
        "Gov", "Sen", "Rep", "Mar", "Jun", "Jul", "Nov", "Oct", "Dec", "e.g", "i.e", "al",
    };

    /// <summary>The sentences of <paramref name="text"/> as spans, in order; empty ones are left out.</summary>
    /// <param name="text">The text to split.</param>
    /// <param name="language">fr, de or en; enables German ordinal numbers. Other values use the shared rules.</param>
    public static IReadOnlyList<TextSpan> Split(string text, string language = Language.Undetermined)
    {
        var result = new List<TextSpan>();
        bool german = Language.Normalize(language) == Language.German;
        int sentenceStart = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\n' || c == '\r')
            {
                Add(result, text, sentenceStart, i);
                i++;
                sentenceStart = i;
                continue;
            }
            if (c is '.' or '!' or '?' or '…')
            {
                int markEnd = i + 1;
                while (markEnd < text.Length && text[markEnd] is '.' or '!' or '?' or '…')
                {
                    markEnd++;
                }
                int closeEnd = SkipClosers(text, markEnd);
                if (IsBoundary(text, i, markEnd, closeEnd, german))
                {
                    Add(result, text, sentenceStart, closeEnd);
                    sentenceStart = closeEnd;
                }
                i = closeEnd;
                continue;
            }
            i++;
        }
        Add(result, text, sentenceStart, text.Length);
        return result;
    }

    /// <summary>The sentences of <paramref name="text"/> as strings.</summary>
    public static IReadOnlyList<string> SplitToStrings(string text, string language = Language.Undetermined) =>
        Split(text, language).Select(span => text.Substring(span.Start, span.Length)).ToList();

    private static int SkipClosers(string text, int position)
    {
        // Spaces may stand between a mark and a French closing guillemet: « Pourquoi ? »
        int i = position;
        while (true)
        {
            int j = i;
            while (j < text.Length && (text[j] == ' ' || text[j] == '\u00A0' || text[j] == '\u202F'))
            {
                j++;
            }
            if (j < text.Length && text[j] is '»' or '”' or '“' or '"' or '\'' or '’' or ')' or ']' or '›')
            {
                // “ closes German quotes („…“); a straight quote closes when a space or the end follows.
                i = j + 1;
                continue;
            }
            return i;
        }
    }

    private static bool IsBoundary(string text, int mark, int markEnd, int closeEnd, bool german)
    {
        int next = closeEnd;
        if (next < text.Length && !char.IsWhiteSpace(text[next]))
        {
            return false; // 3.5, example.com, "fin.»," : no space, no boundary
        }
        while (next < text.Length && (text[next] == ' ' || text[next] == '\t' || text[next] == '\u00A0' || text[next] == '\u202F'))
        {
            next++;
        }
        if (next >= text.Length || text[next] == '\n' || text[next] == '\r')
        {
            return true;
        }
        char following = text[next];
        bool startsSentence = char.IsUpper(following) || char.IsDigit(following)
            || following is '«' or '„' or '“' or '"' or '‚' or '‹' or '(' or '[' or '–' or '—' or '¿' or '¡';
        if (!startsSentence)
        {
            return false;
        }
        if (text[mark] != '.' || markEnd - mark > 1)
        {
            return true; // ! ? … and "..." end a sentence before a capital
        }
        var before = WordBefore(text, mark);
        if (before.Length == 0)
        {
            return true;
        }
        if (before.Length == 1 && char.IsLetter(before[0]))
        {
            return false; // an initial: J. K. Rowling, z. B.
        }
        if (Abbreviations.Contains(before.ToString()))
        {
            return false;
        }
        if (german && before.Length <= 2 && IsAllDigits(before))
        {
            return false; // German ordinal: am 22. Juli, der 3. Platz
        }
        return true;
    }

    private static ReadOnlySpan<char> WordBefore(string text, int mark)
    {
        int start = mark;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || (text[start - 1] is '.' or '-' && start - 1 > 0 && char.IsLetter(text[start - 2]))))
        {
            start--;
        }
        return text.AsSpan(start, mark - start);
    }

    private static bool IsAllDigits(ReadOnlySpan<char> value)
    {
        foreach (char c in value)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    private static void Add(List<TextSpan> result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            result.Add(new TextSpan(start, end));
        }
    }
}
