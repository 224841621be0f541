using CsCheck;
using CorpusLens.Funding;

namespace CorpusLens.Tests.Funding;

public class MoneyRecognizerPropertyTests
{
    private static readonly string[] Languages = ["fr", "de", "en"];

    // Pieces of money text, so that generated strings exercise the grammar rather than only unrelated characters.
    private static readonly string[] Pieces =
    [
        "1", "10", "1 000", "1.000", "1,5", "2,75", "000", "13", "mille", "milliard", "milliards", "Milliarden", "Mrd.", "Mio.", "million",
        "billion", "bn", "m", "k", "de", "d'", "d’", "$", "€", "£", "¥", "US$", "USD", "EUR", "dollars", "euros", "US-Dollar", "Euro",
        "un", "une", "eine", "a", "one", "hundred", "quatre", "vingt", "-", "et", "und", "and", "entre", "zwischen", "between", "à", "bis",
        "plus", "de", "près", "rund", "über", "more", "than", "up", "to", "cents", "Cent", "%", "pour", "cent", ".", ",", "(", ")", "achtundsiebzig",
        "le", "double", "cette", "somme", "c", "'", "XNUMX", "\n", "   ", "MUSD", "investit", "dans", "OpenAI", "Microsoft",
    ];

    private static readonly Gen<string> MoneySoup =
        Gen.OneOf(Pieces).Array[0, 60].Select(parts => string.Join(' ', parts));

    private static readonly Gen<string> AttachedSoup =
        Gen.OneOf(Pieces).Array[0, 60].Select(parts => string.Concat(parts));

    [Fact]
    public void Arbitrary_text_never_throws_and_spans_are_the_text_they_claim()
    {
        Gen.Select(Gen.OneOf<string>(Gen.String, MoneySoup, AttachedSoup), Gen.OneOf(Languages)).Sample((text, language) =>
        {
            var mentions = MoneyRecognizer.Recognize(text, language);
            var previousEnd = 0;
            foreach (var mention in mentions)
            {
                Assert.InRange(mention.Start, previousEnd, text.Length);
                Assert.InRange(mention.End, mention.Start + 1, text.Length);
                Assert.Equal(text[mention.Start..mention.End], mention.Text);
                Assert.True(double.IsFinite(mention.Amount) && mention.Amount >= 0, mention.ToString());
                Assert.Contains(mention.Currency, CurrencyLexicon.Codes);
                previousEnd = mention.End;
            }
        });
    }

    [Fact]
    public void Figures_of_arbitrary_articles_never_throw()
    {
        Gen.Select(Gen.OneOf<string>(Gen.String, MoneySoup), Gen.OneOf(Languages)).Sample((text, language) =>
        {
            var article = new Article
            {
                Id = "a",
                Language = language,
                Text = text,
                Sentences = CorpusLens.Text.SentenceSplitter.Split(text, language).Select((span, index) => new Sentence("a", index, text[span.Start..span.End], span.Start)).ToList(),
            };
            foreach (var figure in FundingAnalysis.Extract(article))
            {
                Assert.Equal(text[figure.Start..figure.End], figure.Text);
            }
        }, iter: 2000);
    }

    // Linear time without a clock: the recognizer counts its token comparisons; the count per character is bounded,
    // and doubling the input (the same text twice, separated by a line break) at most doubles it, plus the seam.
    [Fact]
    public void Work_is_linear_in_the_length_of_the_text()
    {
        Gen.Select(Gen.OneOf<string>(MoneySoup, AttachedSoup, Gen.String), Gen.OneOf(Languages)).Sample((text, language) =>
        {
            var once = string.Join('\n', Enumerable.Repeat(text, 8));
            var twice = string.Join('\n', Enumerable.Repeat(text, 16));
            MoneyRecognizer.Recognize(once, language, out var stepsOnce);
            MoneyRecognizer.Recognize(twice, language, out var stepsTwice);
            Assert.True(stepsTwice <= 2 * stepsOnce + 2_000, $"{stepsOnce} -> {stepsTwice}");
            Assert.True(stepsTwice <= 400L * (twice.Length + 1), $"{stepsTwice} steps for {twice.Length} characters");
        }, iter: 300);
    }

    [Fact]
    public void A_long_run_of_number_words_and_separators_stays_linear()
    {
        var piece = "1 000 000 milliards de quatre-vingt-dix mille et ";
        MoneyRecognizer.Recognize(string.Concat(Enumerable.Repeat(piece, 1_000)), "fr", out var small);
        MoneyRecognizer.Recognize(string.Concat(Enumerable.Repeat(piece, 4_000)), "fr", out var large);
        Assert.InRange(large, 3.5 * small, 4.5 * small);
    }
}
