namespace CorpusLens.Text;

/// <summary>
/// Splits French, German and English text into tokens without allocating per token.
/// Rules: elisions are split off (l’IA → l’ + IA, both ’ and '); hyphenated compounds stay one token
/// (OpenAI-Partnerschaft); numbers keep inner separators (1.000,5; 2,5; 10.000); URLs and e-mail addresses are
/// single tokens; everything else (punctuation, symbols, spaces) separates tokens. Runs in linear time.
/// </summary>
/// <example>
/// <code>
/// foreach (var token in Tokenizer.Tokenize("l’IA d’OpenAI"))
///     Console.WriteLine(text.Substring(token.Start, token.Length)); // l’ IA d’ OpenAI
/// </code>
/// </example>
public static class Tokenizer
{
    /// <summary>The tokens of <paramref name="text"/>, in order.</summary>
    public static TokenEnumerator Tokenize(ReadOnlySpan<char> text) => new(text);

    /// <summary>The tokens of <paramref name="text"/> as strings, in order (convenient, allocates).</summary>
    public static IReadOnlyList<string> TokenStrings(string text)
    {
        var result = new List<string>();
        foreach (var token in Tokenize(text))
        {
            result.Add(text.Substring(token.Start, token.Length));
        }
        return result;
    }

    /// <summary>Counts the word and number tokens of <paramref name="text"/> (elisions and addresses included).</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        int count = 0;
        foreach (var token in Tokenize(text))
        {
            count++;
        }
        return count;
    }

    /// <summary>True for the apostrophes that mark an elision or an inner apostrophe: ' and ’.</summary>
    public static bool IsApostrophe(char c) => c == '\'' || c == '\u2019';

    /// <summary>True for the hyphens that join compounds: - and the Unicode hyphen U+2010.</summary>
    public static bool IsHyphen(char c) => c == '-' || c == '\u2010';

    /// <summary>A letter or a combining mark (so decomposed accents stay inside the word).</summary>
    public static bool IsWordChar(char c) =>
        char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>Enumerates tokens over a span; a ref struct so it never allocates.</summary>
    public ref struct TokenEnumerator
    {
        private readonly ReadOnlySpan<char> text;
        private int position;

        internal TokenEnumerator(ReadOnlySpan<char> text)
        {
            this.text = text;
            position = 0;
            Current = default;
        }

        /// <summary>The current token.</summary>
        public Token Current { get; private set; }

        /// <summary>Returns this enumerator (for foreach).</summary>
        public readonly TokenEnumerator GetEnumerator() => this;

        /// <summary>Moves to the next token.</summary>
        public bool MoveNext()
        {
            var span = text;
            int i = position;
            while (i < span.Length)
            {
                char c = span[i];
                if (char.IsLetterOrDigit(c))
                {
                    break;
                }
                i++;
            }
            if (i >= span.Length)
            {
                position = span.Length;
                return false;
            }
            int start = i;
            Token token;
            if (TryAddress(span, start, out int addressEnd, out var addressKind))
            {
                token = new Token(start, addressEnd - start, addressKind);
            }
            else if (char.IsDigit(span[start]))
            {
                token = ReadNumber(span, start);
            }
            else
            {
                token = ReadWord(span, start);
            }
            Current = token;
            position = token.End;
            return true;
        }

        private static Token ReadWord(ReadOnlySpan<char> span, int start)
        {
            int i = start;
            while (i < span.Length)
            {
                char c = span[i];
                if (IsWordChar(c) || char.IsDigit(c))
                {
                    i++;
                    continue;
                }
                if (IsApostrophe(c))
                {
                    // A short elided word (l’, d’, qu’, j’, n’, s’, c’, m’, t’, jusqu’, lorsqu’, puisqu’) ends here.
                    int wordLength = i - start;
                    if (IsElision(span.Slice(start, wordLength)) && i + 1 < span.Length && IsWordChar(span[i + 1]))
                    {
                        return new Token(start, wordLength + 1, TokenKind.Elision);
                    }
                    // Inner apostrophe (don't, O'Neill) keeps the word whole; a trailing one is punctuation.
                    if (i + 1 < span.Length && IsWordChar(span[i + 1]))
                    {
                        i++;
                        continue;
                    }
                    break;
                }
                if (IsHyphen(c) && i + 1 < span.Length && (IsWordChar(span[i + 1]) || char.IsDigit(span[i + 1])))
                {
                    i++;
                    continue;
                }
                break;
            }
            return new Token(start, i - start, TokenKind.Word);
        }

        private static bool IsElision(ReadOnlySpan<char> word)
        {
            if (word.Length == 1)
            {
                char c = char.ToLowerInvariant(word[0]);
                return c is 'l' or 'd' or 'j' or 'n' or 's' or 'c' or 'm' or 't';
            }
            return word.Equals("qu", StringComparison.OrdinalIgnoreCase)
                || word.Equals("jusqu", StringComparison.OrdinalIgnoreCase)
                || word.Equals("lorsqu", StringComparison.OrdinalIgnoreCase)
                || word.Equals("puisqu", StringComparison.OrdinalIgnoreCase)
                || word.Equals("quoiqu", StringComparison.OrdinalIgnoreCase);
        }

        private static Token ReadNumber(ReadOnlySpan<char> span, int start)
        {
            int i = start;
            while (i < span.Length)
            {
                char c = span[i];
                if (char.IsDigit(c))
                {
                    i++;
                    continue;
                }
                // A separator followed by a digit stays inside the number: 1.000,5 / 2,5 / 10.000
                if ((c == '.' || c == ',') && i + 1 < span.Length && char.IsDigit(span[i + 1]))
                {
                    i++;
                    continue;
                }
                break;
            }
            // Letters glued to a number (10bn, 2019er, GPT-4 handled as a word) make a word token.
            if (i < span.Length && IsWordChar(span[i]))
            {
                var word = ReadWord(span, start);
                return word with { Kind = TokenKind.Word };
            }
            return new Token(start, i - start, TokenKind.Number);
        }

        private static bool TryAddress(ReadOnlySpan<char> span, int start, out int end, out TokenKind kind)
        {
            end = start;
            kind = TokenKind.Url;
            var rest = span[start..];
            if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                end = start + AddressLength(rest);
                return true;
            }
            // E-mail: a run of address characters containing exactly one @ followed by a dotted domain. Most runs
            // have no @ before their first space, which a vectorised search finds without scanning twice.
            int stop = rest.IndexOfAny(AddressStops);
            if (stop < 0 || rest[stop] != '@')
            {
                return false;
            }
            int runLength = AddressLength(rest);
            var run = rest[..runLength];
            int at = run.IndexOf('@');
            if (at > 0 && at < run.Length - 3 && run[(at + 1)..].Contains('.') && run[(at + 1)..].IndexOf('@') < 0)
            {
                end = start + runLength;
                kind = TokenKind.Email;
                return true;
            }
            return false;
        }

        private static readonly System.Buffers.SearchValues<char> AddressStops =
            System.Buffers.SearchValues.Create("@ \t\n\r\u00A0\u202F\u2009<>\"«»“”„()[]");

        private static int AddressLength(ReadOnlySpan<char> rest)
        {
            int i = 0;
            while (i < rest.Length && !char.IsWhiteSpace(rest[i]) && rest[i] is not ('<' or '>' or '"' or '«' or '»' or '“' or '”' or '„' or '(' or ')' or '[' or ']'))
            {
                i++;
            }
            // Trailing punctuation belongs to the sentence, not the address.
            while (i > 0 && rest[i - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '’')
            {
                i--;
            }
            return i;
        }
    }
}
