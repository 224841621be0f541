using CorpusLens.Text;

namespace CorpusLens.Tests.Text;

/// <summary>
/// The tokenizer as it was before the character-class table (char.IsLetter and friends per character, a search for
/// an address stop per token): slow but plainly readable, kept as the oracle that the fast tokenizer must match.
/// </summary>
internal static class ReferenceTokenizer
{
    public static List<Token> Tokens(string text)
    {
        var result = new List<Token>();
        var enumerator = new TokenEnumerator(text);
        while (enumerator.MoveNext())
        {
            result.Add(enumerator.Current);
        }
        return result;
    }

    private static bool IsApostrophe(char c) => c == '\'' || c == '\u2019';

    private static bool IsHyphen(char c) => c == '-' || c == '\u2010';

    private static bool IsWordChar(char c) =>
        char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private ref struct TokenEnumerator
    {
        private readonly ReadOnlySpan<char> text;
        private int position;

        internal TokenEnumerator(ReadOnlySpan<char> text)
        {
            this.text = text;
            position = 0;
            Current = default;
        }

        public Token Current { get; private set; }

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
            else
            {
                token = char.IsDigit(span[start]) ? ReadNumber(span, start) : ReadWord(span, start);
            }
            (Current, position) = (token, token.End);
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
                    if (Tokenizer.IsElision(span.Slice(start, wordLength)) && i + 1 < span.Length && IsWordChar(span[i + 1]))
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

        private static Token ReadNumber(ReadOnlySpan<char> span, int start)
        {
            // Digits, with a '.' or ',' kept only between two digits; letters right after make it a word.
            int end = start + 1;
            while (end < span.Length
                && (char.IsDigit(span[end]) || (span[end] is '.' or ',' && end + 1 < span.Length && char.IsDigit(span[end + 1]))))
            {
                end++;
            }
            return end < span.Length && IsWordChar(span[end])
                ? ReadWord(span, start) with { Kind = TokenKind.Word }
                : new Token(start, end - start, TokenKind.Number);
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
