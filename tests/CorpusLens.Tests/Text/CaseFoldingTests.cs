using CorpusLens.Text;

namespace CorpusLens.Tests.Text;

public class CaseFoldingTests
{
    [Theory]
    [InlineData("Führungskräfte", "führungskräfte")]
    [InlineData("STRAẞE", "strasse")]
    [InlineData("Straße", "strasse")]
    [InlineData("ÜBERMASS", "übermass")]
    [InlineData("l’IA", "l'ia")]
    [InlineData("OpenAI-Partnerschaft", "openai-partnerschaft")]
    [InlineData("ÉTÉ", "été")]
    public void Folds_case_for_German_French_and_English(string text, string expected) =>
        Assert.Equal(expected, CaseFolding.Fold(text));

    [Fact]
    public void German_stopwords_written_with_sharp_s_also_stop_the_ss_spelling()
    {
        Assert.Contains("dass", Stopwords.Folded("de"));
        Assert.Contains("a", Stopwords.Folded("fr"));
        Assert.Contains("the", Stopwords.Folded("en"));
    }

    [Theory]
    [InlineData("fr", "comme", true)]
    [InlineData("fr", "très", true)]
    [InlineData("fr", "chez", true)]
    [InlineData("fr", "investissement", false)]
    [InlineData("fr", "but", false)] // a noun in French (à but lucratif), not the English conjunction
    [InlineData("de", "comme", false)]
    public void French_supplements_stop_function_words_only_in_French(string language, string word, bool stopped)
    {
        Assert.Equal(stopped, Stopwords.Folded(language).Contains(word));
    }
}
