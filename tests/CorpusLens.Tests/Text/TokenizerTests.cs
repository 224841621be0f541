using CorpusLens.Text;
using CsCheck;

namespace CorpusLens.Tests.Text;

public class TokenizerTests
{
    public static TheoryData<string, string, string[]> Cases => new()
    {
        // French: elisions with both apostrophes, compounds, numbers with separators.
        { "fr", "l’IA d’un modèle qu’elle entraîne", ["l’", "IA", "d’", "un", "modèle", "qu’", "elle", "entraîne"] },
        { "fr", "l'IA d'OpenAI jusqu'à lorsqu'il", ["l'", "IA", "d'", "OpenAI", "jusqu'", "à", "lorsqu'", "il"] },
        { "fr", "Il s’avère que c’est vrai-faux.", ["Il", "s’", "avère", "que", "c’", "est", "vrai-faux"] },
        { "fr", "1,5 milliard et 10 000 dollars, 3.000,50 €", ["1,5", "milliard", "et", "10", "000", "dollars", "3.000,50"] },
        { "fr", "« Pourquoi ? » a-t-il dit.", ["Pourquoi", "a-t-il", "dit"] },
        // German: compounds, umlauts and ß, ordinal numbers, decimals.
        { "de", "Die OpenAI-Partnerschaft der Microsoft-Führungskräfte", ["Die", "OpenAI-Partnerschaft", "der", "Microsoft-Führungskräfte"] },
        { "de", "Straße, Größe und Übermaß am 22. Juli", ["Straße", "Größe", "und", "Übermaß", "am", "22", "Juli"] },
        { "de", "10,5 Mrd. Euro oder 1.000.000 Dollar", ["10,5", "Mrd", "Euro", "oder", "1.000.000", "Dollar"] },
        // English: inner apostrophes stay, trailing ones do not; URLs and e-mail addresses whole.
        { "en", "Don't trust O'Neill's friends' claims.", ["Don't", "trust", "O'Neill's", "friends", "claims"] },
        { "en", "See https://openai.com/blog, or www.microsoft.com.", ["See", "https://openai.com/blog", "or", "www.microsoft.com"] },
        { "en", "Write to press@openai.com today", ["Write", "to", "press@openai.com", "today"] },
        { "en", "GPT-4 cost $100m in 2023.", ["GPT-4", "cost", "100m", "in", "2023"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tokenizes_the_three_languages(string language, string text, string[] expected)
    {
        Assert.NotEmpty(language);
        Assert.Equal(expected, Tokenizer.TokenStrings(text));
    }

    public static TheoryData<string, TokenKind> Kinds => new()
    {
        { "l’", TokenKind.Elision },
        { "2,5", TokenKind.Number },
        { "https://example.org/a?b=c", TokenKind.Url },
        { "a.b@example.org", TokenKind.Email },
        { "Führungskräfte", TokenKind.Word },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Tells_token_kinds(string token, TokenKind kind)
    {
        var text = token == "l’" ? "l’IA" : token;
        var enumerator = Tokenizer.Tokenize(text);
        Assert.True(enumerator.MoveNext());
        Assert.Equal(kind, enumerator.Current.Kind);
        Assert.Equal(token, text.Substring(enumerator.Current.Start, enumerator.Current.Length));
    }

    [Fact]
    public void Any_string_tokenizes_into_ordered_tokens_inside_the_text()
    {
        Gen.String.Sample(text =>
        {
            int previousEnd = 0;
            foreach (var token in Tokenizer.Tokenize(text))
            {
                Assert.True(token.Length > 0);
                Assert.True(token.Start >= previousEnd);
                Assert.True(token.End <= text.Length);
                previousEnd = token.End;
            }
        }, iter: 2000);
    }

    [Fact]
    public void Any_text_of_word_like_characters_tokenizes_without_throwing()
    {
        var alphabet = Gen.Char["aéßÄ’'-., @/:0123456789\n\u0301"];
        Gen.String[alphabet, 0, 80].Sample(text => Assert.True(Tokenizer.CountWords(text) >= 0), iter: 2000);
    }

    public static TheoryData<string> OracleCases => new()
    {
        "Mail press@openai.com, or see www.openai.com and HTTPS://X.ORG/a.",
        "a@b c@d.example.org x@@y.com «mail@example.org» (test@example.org)",
        "name@host.fr.\nl’IA d’un l'homme aujourd'hui jusqu’à 3.000,50 10bn GPT-4 a--b -x x-",
        "e\u0301te\u0301 Fu\u0308hrung Straße 22. Juli 2,5 1.000.000 ‐‐ a‐b",
        "@@@ @a a@ a@b@c.d w ww www h http:/ http://",
    };

    [Theory]
    [MemberData(nameof(OracleCases))]
    public void Matches_the_reference_tokenizer_on_addresses_elisions_and_numbers(string text)
    {
        Assert.Equal(ReferenceTokenizer.Tokens(text), Tokens(text));
    }

    [Fact]
    public void Matches_the_reference_tokenizer_on_any_string()
    {
        Gen.String.Sample(text => Assert.Equal(ReferenceTokenizer.Tokens(text), Tokens(text)), iter: 3000);
    }

    [Fact]
    public void Matches_the_reference_tokenizer_on_address_like_text()
    {
        var alphabet = Gen.Char["aAhHtTpPwWsSéß’'-.,;:!? @/0123456789\n\t\u00A0\u2010\u0301«»()<>\""];
        Gen.String[alphabet, 0, 120].Sample(text => Assert.Equal(ReferenceTokenizer.Tokens(text), Tokens(text)), iter: 20000);
    }

    [Fact]
    public void Matches_the_reference_tokenizer_on_long_words_that_cross_the_sixteen_character_scan()
    {
        // Mostly ASCII letters and digits, so that words run past one or more 16-character vector steps, with every
        // kind of character that can end or continue a word at any position: non-ASCII letters, a combining accent,
        // apostrophes, hyphens, separators, a letter outside the BMP.
        var alphabet = Gen.Char["aaaaaaaabbbbbbccccXXYYZZ0000112233éüß’'-\u2010.,: \n\u0301\u00A0«"];
        var surrogate = Gen.Const("\U0001D400");
        var piece = Gen.Frequency((12, Gen.String[alphabet, 0, 40]), (1, surrogate));
        piece.Array[0, 8].Select(pieces => string.Concat(pieces))
            .Sample(text => Assert.Equal(ReferenceTokenizer.Tokens(text), Tokens(text)), iter: 20000);
    }

    [Fact]
    public void Every_character_of_the_vector_tested_latin_range_but_times_and_divide_is_a_letter()
    {
        // SkipWordOrDigit takes this range as letters without the table: it must hold for every character in it.
        for (char c = CharacterClasses.LatinLettersStart; c < CharacterClasses.LatinLettersEnd; c++)
        {
            Assert.Equal(c is not ('\u00D7' or '\u00F7'), char.IsLetter(c));
        }
    }

    [Fact]
    public void Matches_the_reference_tokenizer_on_long_words_of_latin_letters_and_the_characters_around_them()
    {
        // Words of up to 40 characters, so that they cross 16-character vector steps: accented letters, those at
        // both ends of the vector-tested range (À ÿ Ā ɏ), and a letter (ɐ) and a combining accent that only the
        // table knows; each word ended by a character just outside the range (¿ × ÷) or by a separator.
        var letters = Gen.Char["aabbééüßœ\u00C0\u00FF\u0100\u024F\u0250\u0301"];
        var ends = Gen.Char["\u00BF\u00D7\u00F7’'-.: "];
        var word = Gen.Select(Gen.String[letters, 0, 40], ends, (letters, end) => letters + end);
        word.Array[0, 8].Select(words => string.Concat(words))
            .Sample(text => Assert.Equal(ReferenceTokenizer.Tokens(text), Tokens(text)), iter: 20000);
    }

    private static List<Token> Tokens(string text)
    {
        var result = new List<Token>();
        foreach (var token in Tokenizer.Tokenize(text))
        {
            result.Add(token);
        }
        return result;
    }
}
