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
    public static bool IsApostrophe(char c) => CharacterClasses.Is(c, CharacterClasses.Apostrophe);

    /// <summary>True for the hyphens that join compounds: - and the Unicode hyphen U+2010.</summary>
    public static bool IsHyphen(char c) => CharacterClasses.Is(c, CharacterClasses.Hyphen);

    /// <summary>A letter or a combining mark (so decomposed accents stay inside the word).</summary>
    public static bool IsWordChar(char c) => CharacterClasses.Is(c, CharacterClasses.WordChar);

    /// <summary>True for the short French words that elide before a vowel: l, d, j, n, s, c, m, t, qu, jusqu, lorsqu, puisqu, quoiqu (any case).</summary>
    internal static bool IsElision(ReadOnlySpan<char> word)
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

    /// <summary>
    /// Enumerates tokens over a span; a ref struct so it never allocates. Each character costs one lookup in
    /// <see cref="CharacterClasses"/>; the search for an e-mail's @ runs once per @ in the text, not once per token.
    /// </summary>
    public ref struct TokenEnumerator
    {
        private const int NoMoreAt = int.MaxValue;
        private readonly ReadOnlySpan<char> text;
        private int position;
        private int nextAt;
        private int lastStopBeforeAt;

        internal TokenEnumerator(ReadOnlySpan<char> text)
        {
            this.text = text;
            position = 0;
            nextAt = -1;
            lastStopBeforeAt = -1;
            Current = default;
        }

        /// <summary>The current token.</summary>
        public Token Current { get; private set; }

        /// <summary>Returns this enumerator (for foreach).</summary>
        public readonly TokenEnumerator GetEnumerator() => this;

        /// <summary>Moves to the next token.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization | System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool MoveNext()
        {
            var span = text;
            int i = position;
            while (i < span.Length && !CharacterClasses.Is(span[i], CharacterClasses.TokenStart))
            {
                i++;
            }
            if (i >= span.Length)
            {
                position = span.Length;
                return false;
            }
            int start = i;
            char first = span[start];
            Token token;
            int addressEnd;
            if (MayStartWebAddress(span, start) && TryWebAddress(span, start, out addressEnd))
            {
                token = new Token(start, addressEnd - start, TokenKind.Url);
            }
            else if (AtBeforeAnyStop(span, start) && TryEmail(span, start, out addressEnd))
            {
                token = new Token(start, addressEnd - start, TokenKind.Email);
            }
            else if (CharacterClasses.Is(first, CharacterClasses.Digit))
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

        /// <summary>
        /// True when the first address stop (space, quote, bracket …) or @ after <paramref name="start"/> is an @.
        /// The next @ and the last stop before it are found once per @ and reused by the tokens before it.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private bool AtBeforeAnyStop(ReadOnlySpan<char> span, int start)
        {
            if (nextAt == NoMoreAt)
            {
                return false;
            }
            if (nextAt < start)
            {
                int found = span[start..].IndexOf('@');
                if (found < 0)
                {
                    nextAt = NoMoreAt;
                    return false;
                }
                nextAt = start + found;
                int stop = span[start..nextAt].LastIndexOfAny(AddressStops);
                lastStopBeforeAt = stop < 0 ? start - 1 : start + stop;
            }
            return lastStopBeforeAt < start;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private static Token ReadWord(ReadOnlySpan<char> span, int start)
        {
            int i = start;
            while (true)
            {
                i = CharacterClasses.SkipWordOrDigit(span, i);
                if (i >= span.Length)
                {
                    break;
                }
                byte flags = CharacterClasses.Of(span[i]);
                bool wordFollows = i + 1 < span.Length && CharacterClasses.Is(span[i + 1], CharacterClasses.WordChar);
                if ((flags & CharacterClasses.Apostrophe) != 0)
                {
                    // A short elided word (l’, d’, qu’, j’, n’, s’, c’, m’, t’, jusqu’, lorsqu’, puisqu’) ends here.
                    int wordLength = i - start;
                    if (wordFollows && IsElision(span.Slice(start, wordLength)))
                    {
                        return new Token(start, wordLength + 1, TokenKind.Elision);
                    }
                    // Inner apostrophe (don't, O'Neill) keeps the word whole; a trailing one is punctuation.
                    if (wordFollows)
                    {
                        i++;
                        continue;
                    }
                    break;
                }
                if ((flags & CharacterClasses.Hyphen) != 0 && i + 1 < span.Length && CharacterClasses.Is(span[i + 1], CharacterClasses.WordOrDigit))
                {
                    i++;
                    continue;
                }
                break;
            }
            return new Token(start, i - start, TokenKind.Word);
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private static Token ReadNumber(ReadOnlySpan<char> span, int start)
        {
            int i = start;
            while (i < span.Length)
            {
                char c = span[i];
                if (CharacterClasses.Is(c, CharacterClasses.Digit))
                {
                    i++;
                    continue;
                }
                // A separator followed by a digit stays inside the number: 1.000,5 / 2,5 / 10.000
                if ((c == '.' || c == ',') && i + 1 < span.Length && CharacterClasses.Is(span[i + 1], CharacterClasses.Digit))
                {
                    i++;
                    continue;
                }
                break;
            }
            // Letters glued to a number (10bn, 2019er, GPT-4 handled as a word) make a word token.
            if (i < span.Length && CharacterClasses.Is(span[i], CharacterClasses.WordChar))
            {
                return ReadWord(span, start);
            }
            return new Token(start, i - start, TokenKind.Number);
        }

        /// <summary>True when the token at <paramref name="start"/> begins with ht or ww (any case): the only ones <see cref="TryWebAddress"/> can accept.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static bool MayStartWebAddress(ReadOnlySpan<char> span, int start)
        {
            int first = span[start] | 0x20;
            return (first == 'h' || first == 'w') && start + 1 < span.Length && (span[start + 1] | 0x20) == (first == 'h' ? 't' : 'w');
        }

        private static bool TryWebAddress(ReadOnlySpan<char> span, int start, out int end)
        {
            var rest = span[start..];
            end = start;
            if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                end = start + AddressLength(rest);
                return true;
            }
            return false;
        }

        // E-mail: a run of address characters containing exactly one @ followed by a dotted domain.
        private static bool TryEmail(ReadOnlySpan<char> span, int start, out int end)
        {
            var rest = span[start..];
            int runLength = AddressLength(rest);
            var run = rest[..runLength];
            int at = run.IndexOf('@');
            end = start + runLength;
            return at > 0 && at < run.Length - 3 && run[(at + 1)..].Contains('.') && run[(at + 1)..].IndexOf('@') < 0;
        }

        private static readonly System.Buffers.SearchValues<char> AddressStops =
            System.Buffers.SearchValues.Create(" \t\n\r\u00A0\u202F\u2009<>\"«»“”„()[]");

        private static int AddressLength(ReadOnlySpan<char> rest)
        {
            int i = 0;
            while (i < rest.Length && !CharacterClasses.Is(rest[i], CharacterClasses.AddressEnd))
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
