using CorpusLens.Text;

namespace CorpusLens.Tests.Text;

public class ThreadStemmersTests
{
    // folded word (as the stem pass gives them: lower case, ß as ss), language class, expected stem (Snowball's),
    // whether it differs from the word.
    public static TheoryData<string, int, string, bool> Words => new()
    {
        { "investissements", LanguageClass.French, "invest", true },
        { "banque", LanguageClass.French, "banqu", true },
        { "führungskräfte", LanguageClass.German, "fuhrungskraft", true },
        { "partnerschaften", LanguageClass.German, "partnerschaft", true },
        { "running", LanguageClass.English, "run", true },
        { "risk", LanguageClass.English, "risk", false },
        { "investments", LanguageClass.English, "invest", true },
        { "strasse", LanguageClass.German, "strass", true },
        { "modèle", LanguageClass.Other, "modèle", false },
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void Stems_as_the_shared_stemmer_does(string word, int languageClass, string expected, bool differs)
    {
        var stemmers = new ThreadStemmers();

        bool stemmed = stemmers.TryStem(word, languageClass, out var stem);

        Assert.Equal(expected, stem.ToString());
        Assert.Equal(differs, stemmed);
        Assert.Equal(Stemmer.For(LanguageClass.Code(languageClass)).Stem(word), stem.ToString());
    }

    [Fact]
    public void One_instance_stems_long_and_short_words_of_every_class_in_turn()
    {
        // The buffer grows for a long word and each class keeps its own Snowball instance: a word's stem does not
        // depend on what was stemmed before it.
        var words = new[] { ("investissements", 0), (new string('a', 300) + "ments", 0), ("kräfte", 1), ("running", 2), ("banques", 0) };
        var stemmers = new ThreadStemmers();
        foreach (var (word, languageClass) in words.Concat(words.Reverse()))
        {
            stemmers.TryStem(word, languageClass, out var stem);
            Assert.Equal(Stemmer.For(LanguageClass.Code(languageClass)).Stem(word), stem.ToString());
        }
    }
}
