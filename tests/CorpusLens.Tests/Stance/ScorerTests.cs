using CorpusLens.Stance;
using CsCheck;

namespace CorpusLens.Tests.Stance;

public class ScorerTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        // language, sentence, expected label, expected evidence (exact)
        { "fr", "L’innovation ne doit pas être bridée.", "boomer", "innovation(boomer,1); ne…pas bridée(negated doomer→boomer,1)" },
        { "fr", "Il ne faut pas accélérer.", "doomer", "ne…pas accélérer(negated boomer→doomer,1.5)" },
        { "fr", "Nous ne ralentirons plus.", "boomer", "ne…plus ralentirons(negated doomer→boomer,1.5)" },
        { "fr", "Ils craignent que l’automatisation ne menace l’emploi.", "doomer", "craignent(doomer,1); menace(doomer,1)" },
        { "fr", "Un développement sans garde-fou.", "boomer", "sans garde-fou(negated doomer→boomer,1.5)" },
        { "fr", "C’est très risqué.", "doomer", "très risqué(intensified ×1.5 doomer,1.5)" },
        { "fr", "Pour ne pas rater la révolution.", "boomer", "révolution(boomer,1)" },
        { "fr", "Il faut le développer le plus rapidement possible.", "boomer", "le plus rapidement possible(boomer,2)" },
        { "de", "Innovation darf nicht gebremst werden.", "boomer", "Innovation(boomer,1); nicht gebremst(negated doomer→boomer,1.5)" },
        { "de", "Wir bremsen die Entwicklung nicht.", "boomer", "bremsen…nicht(negated doomer→boomer,1.5)" },
        { "de", "Ohne Regulierung droht Chaos.", "neutral", "Ohne Regulierung(negated doomer→boomer,1); droht(doomer,1)" },
        { "de", "Ohne internationale Abkommen droht Chaos.", "doomer", "droht(doomer,1)" },
        { "de", "Das ist sehr, sehr gefährlich.", "doomer", "sehr, sehr gefährlich(intensified ×2.25 doomer,2.25)" },
        { "de", "Die Sicherheitsrisiken sind GROSS.", "doomer", "Sicherheitsrisiken(doomer,1)" },
        { "de", "Er wollte sich nicht äußern.", "neutral", "" },
        { "de", "Die KI-Risiken wachsen.", "neutral", "Risiken(doomer,1); wachsen(boomer,1)" },
        { "en", "We must not slow down now.", "boomer", "not slow down(negated doomer→boomer,1.5)" },
        { "en", "This is very, very dangerous.", "doomer", "very, very dangerous(intensified ×2.25 doomer,2.25)" },
        { "en", "They don't want to accelerate.", "doomer", "don't accelerate(negated boomer→doomer,1.5)" },
        { "en", "There is no risk and slightly more growth.", "boomer", "no risk(negated doomer→boomer,1); slightly more growth(attenuated ×0.5 boomer,0.5)" },
        { "en", "The board met on Tuesday.", "neutral", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Cues_negation_and_intensifiers_give_the_expected_label_and_evidence(string language, string sentence, string label, string evidence)
    {
        var score = StanceAnalysis.Score(sentence, language);
        Assert.Equal(evidence, score.Evidence);
        Assert.Equal(label, score.Label);
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(0, 1, 0.5)]
    [InlineData(1, 0, -0.5)]
    [InlineData(1, 1, 0)]
    [InlineData(1, 3, 0.4)]
    [InlineData(2.25, 0, -0.6923076923076923)]
    public void Net_score_is_the_smoothed_logit_on_minus_one_to_one(double doomer, double boomer, double expected)
    {
        Assert.Equal(expected, PolarityScore.NetScore(doomer, boomer), 12);
        // tanh(½·ln((B+½)/(D+½))) is the same number.
        Assert.Equal(Math.Tanh(0.5 * Math.Log((boomer + 0.5) / (doomer + 0.5))), PolarityScore.NetScore(doomer, boomer), 12);
    }

    [Fact]
    public void Net_score_is_bounded_and_signed_like_the_difference()
    {
        Gen.Double[0, 1000].Select(Gen.Double[0, 1000]).Sample((doomer, boomer) =>
        {
            var score = PolarityScore.NetScore(doomer, boomer);
            return score > -1 && score < 1 && Math.Sign(score) == Math.Sign(boomer - doomer);
        });
    }

    [Theory]
    [InlineData(0.2, "boomer")]
    [InlineData(0.19, "neutral")]
    [InlineData(-0.19, "neutral")]
    [InlineData(-0.2, "doomer")]
    public void Labels_use_the_threshold(double score, string label) =>
        Assert.Equal(label, PolarityScore.LabelOf(score, ScoringOptions.Default.Threshold, LexiconScale.Stance));

    [Fact]
    public void Negation_factor_zero_cancels_instead_of_flipping()
    {
        var options = ScoringOptions.Default with { NegationFactor = 0 };
        var score = StanceAnalysis.Score("We must not slow down.", "en", options: options);
        Assert.Equal(0, score.Positive);
        Assert.Equal(0, score.Negative);
        Assert.Equal("neutral", score.Label);
        Assert.Contains("negated doomer, cancelled", score.Evidence);
    }

    [Fact]
    public void Repeated_intensifiers_are_capped()
    {
        var score = StanceAnalysis.Score("very very very very very risky", "en");
        Assert.Equal(ScoringOptions.Default.MaximumIntensity, score.Negative);
    }

    [Fact]
    public void Scoring_never_fails_and_stays_in_range_on_any_text()
    {
        var text = Gen.String[Gen.Char["a-zA-Zéäöüß ,.;'’-"], 0, 80];
        text.Select(Gen.OneOf("fr", "de", "en", "it")).Sample((sentence, language) =>
        {
            var score = StanceAnalysis.Score(sentence, language);
            return score.Score > -1 && score.Score < 1 && score.Hits.All(hit => hit.Start >= 0 && hit.End <= sentence.Length && hit.Weight >= 0);
        });
    }

    [Fact]
    public void Sentiment_uses_the_same_machinery_with_its_own_lexicon()
    {
        Assert.Equal("positive", SentimentAnalysis.Score("The launch was a great success.", "en").Label);
        Assert.Equal("negative", SentimentAnalysis.Score("Ce n’est pas un succès.", "fr").Label);
        Assert.Equal("negative", SentimentAnalysis.Score("Die Krise war sehr schlimm und das Chaos groß.", "de").Label);
        Assert.Equal("neutral", SentimentAnalysis.Score("Die Sitzung dauerte drei Stunden.", "de").Label);
    }
}
