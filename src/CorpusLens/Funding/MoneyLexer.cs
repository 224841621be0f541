using System.Globalization;

namespace CorpusLens.Funding;

/// <summary>The kind of a <see cref="MoneyToken"/>.</summary>
internal enum MoneyTokenType
{
    Word,
    Number,
    Symbol,
    Punctuation,
}

/// <summary>A token of the money grammar: a span of the text and its normalised (lower-case) form.</summary>
internal readonly record struct MoneyToken(int Start, int End, MoneyTokenType Type, string Lower);

/// <summary>
/// Splits text into words, digit groups (with their fr/de/en separators), currency symbols and punctuation, in one
/// left-to-right pass with a constant look-ahead, so the cost is linear in the length of the text.
/// </summary>
internal static class MoneyLexer
{
    public static List<MoneyToken> Lex(string text)
    {
        var tokens = new List<MoneyToken>();
        var position = 0;
        while (position < text.Length)
        {
            var character = text[position];
            if (char.IsWhiteSpace(character))
            {
                position++;
            }
            else if (char.IsAsciiDigit(character))
            {
                var end = NumberEnd(text, position);
                tokens.Add(new MoneyToken(position, end, MoneyTokenType.Number, text[position..end]));
                position = end;
            }
            else if (char.IsLetter(character))
            {
                var end = position + 1;
                while (end < text.Length && (char.IsLetter(text[end]) || CharUnicodeInfo.GetUnicodeCategory(text[end]) == UnicodeCategory.NonSpacingMark))
                {
                    end++;
                }
                tokens.Add(new MoneyToken(position, end, MoneyTokenType.Word, text[position..end].ToLowerInvariant()));
                position = end;
            }
            else if (IsCurrencySymbol(character))
            {
                tokens.Add(new MoneyToken(position, position + 1, MoneyTokenType.Symbol, character.ToString()));
                position++;
            }
            else
            {
                var length = char.IsSurrogatePair(text, position) ? 2 : 1;
                tokens.Add(new MoneyToken(position, position + length, MoneyTokenType.Punctuation, NormalizePunctuation(text, position, length)));
                position += length;
            }
        }
        return tokens;
    }

    /// <summary>True for $, €, £, ¥ and every other Unicode currency sign, and for 元 (yuan).</summary>
    public static bool IsCurrencySymbol(char character) =>
        character == '元' || CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.CurrencySymbol;

    private static string NormalizePunctuation(string text, int position, int length) => text[position] switch
    {
        '’' or '‘' or 'ʼ' or '`' or '´' => "'",
        '‐' or '‑' or '‒' or '–' or '—' or '−' => "-",
        _ => text.Substring(position, length),
    };

    // digits ( separator digits )*: '.', ',' join any digit run; a space, no-break space, thin space or apostrophe
    // joins only a group of exactly three digits, and only when every group so far is at most three digits long.
    private static int NumberEnd(string text, int start)
    {
        var end = DigitsEnd(text, start);
        var groupingOk = end - start <= 3;
        while (end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))
        {
            var separator = text[end];
            var next = DigitsEnd(text, end + 1);
            if (separator is '.' or ',')
            {
                groupingOk = false;
                end = next;
            }
            else if (separator is ' ' or '\u00A0' or '\u202F' or '\u2009' or '\'' or '’' && groupingOk && next - (end + 1) == 3)
            {
                end = next;
            }
            else
            {
                break;
            }
        }
        return end;
    }

    private static int DigitsEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }
        return end;
    }
}
