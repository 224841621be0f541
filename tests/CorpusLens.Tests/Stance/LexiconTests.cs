using CorpusLens.Stance;
using CsCheck;

namespace CorpusLens.Tests.Stance;

public class LexiconTests
{
    private const string Header = "term\tlanguage\tpole\tweight\n";

    [Fact]
    public void Default_lexicons_cover_both_poles_in_the_three_languages()
    {
        foreach (var (lexicon, scale) in new[] { (StanceLexicon.Default, LexiconScale.Stance), (SentimentLexicon.Default, LexiconScale.Sentiment) })
        {
            foreach (var language in new[] { "fr", "de", "en" })
            {
                foreach (var pole in new[] { scale.NegativePole, scale.PositivePole })
                {
                    Assert.True(lexicon.Cues.Count(cue => cue.Language == language && cue.Pole == pole) >= 25, $"{scale.Name} {language} {pole}");
                }
            }
        }
    }

    [Fact]
    public void The_file_in_data_lexicons_is_the_embedded_default()
    {
        var path = Path.Combine(CorpusLens.Corpus.FindBundledData(), "lexicons", "stance.tsv");
        var fromFile = StanceLexicon.Load(path);
        Assert.Equal(StanceLexicon.Default.Cues.Select(cue => (cue.Term, cue.Language, cue.Pole, cue.Weight)),
            fromFile.Cues.Select(cue => (cue.Term, cue.Language, cue.Pole, cue.Weight)));
    }

    [Theory]
    [InlineData("risk\ten\tdoomer\t1\n", "x.tsv:1: expected the header")]
    [InlineData(Header + "risk\ten\tdoomer\n", "x.tsv:2: expected 4 tab-separated fields")]
    [InlineData(Header + "# comment\n\nrisk\ten\tgloomy\t1\n", "x.tsv:4: unknown pole 'gloomy' for 'risk' (expected doomer or boomer)")]
    [InlineData(Header + "risk\t\tdoomer\t1\n", "x.tsv:2: missing language for 'risk'")]
    [InlineData(Header + "risk\tit\tdoomer\t1\n", "x.tsv:2: unknown language 'it'")]
    [InlineData(Header + "risk\ten\tdoomer\t1,5\n", "x.tsv:2: bad weight '1,5' for 'risk'")]
    [InlineData(Header + "risk\ten\tdoomer\t-1\n", "x.tsv:2: bad weight '-1'")]
    [InlineData(Header + "risk\ten\tdoomer\tNaN\n", "x.tsv:2: bad weight 'NaN'")]
    [InlineData(Header + "\ten\tdoomer\t1\n", "x.tsv:2: missing term")]
    [InlineData(Header + "risk\ten\tdoomer\t1\nrisks\ten\tdoomer\t2\n", "x.tsv:3: duplicate entry 'risks' (en): same stems as 'risk' on line 2")]
    [InlineData(Header + "—\ten\tdoomer\t1\n", "x.tsv:2: term '—' has no words")]
    [InlineData("", "x.tsv:1: empty lexicon")]
    public void Invalid_lines_are_reported_with_file_line_and_reason(string text, string expected)
    {
        var exception = Assert.Throws<CorpusLensException>(() => StanceLexicon.Parse(text, "x.tsv"));
        Assert.StartsWith(expected, exception.Message);
        Assert.DoesNotContain('\n', exception.Message);
    }

    [Fact]
    public void Same_term_in_two_languages_is_not_a_duplicate()
    {
        var lexicon = StanceLexicon.Parse(Header + "innovation\tfr\tboomer\t1\ninnovation\ten\tboomer\t1\n");
        Assert.Equal(2, lexicon.Cues.Count);
        Assert.Equal(["innov"], lexicon.Cues[0].Stems);
    }

    [Fact]
    public void With_adds_a_cue_or_reweights_the_one_with_the_same_stems()
    {
        var lexicon = StanceLexicon.Parse(Header + "accélérer\tfr\tboomer\t1\n");
        var reweighted = lexicon.With("accélère", "FR", StancePole.Boomer, 2.5);
        Assert.Single(reweighted.Cues);
        Assert.Equal(2.5, reweighted.Cues[0].Weight);
        var added = reweighted.With("Notbremse", "de", StancePole.Doomer, 2);
        Assert.Equal(2, added.Cues.Count);
        Assert.Single(lexicon.Cues); // the original is unchanged
        Assert.Equal(1, lexicon.Cues[0].Weight);
        Assert.DoesNotContain(added.Without("accélération", "fr").Cues, cue => cue.Language == "fr");
    }

    [Fact]
    public void With_rejects_bad_values_with_a_clear_message()
    {
        var exception = Assert.Throws<CorpusLensException>(() => StanceLexicon.Default.With("risk", "en", "gloomy", 1));
        Assert.Equal("With: unknown pole 'gloomy' for 'risk' (expected doomer or boomer)", exception.Message);
        Assert.Throws<CorpusLensException>(() => StanceLexicon.Default.With("risk", "en", StancePole.Doomer, 0));
        Assert.Throws<CorpusLensException>(() => StanceLexicon.Default.With("rischio", "it", StancePole.Doomer, 1));
    }

    [Fact]
    public void Reweighting_at_run_time_changes_the_score()
    {
        const string sentence = "Les dirigeants veulent accélérer.";
        var before = StanceAnalysis.Score(sentence, "fr");
        var after = StanceAnalysis.Score(sentence, "fr", StanceLexicon.Default.With("accélérer", "fr", StancePole.Boomer, 4));
        var flipped = StanceAnalysis.Score(sentence, "fr", StanceLexicon.Default.With("accélérer", "fr", StancePole.Doomer, 1));
        Assert.True(after.Score > before.Score);
        Assert.Equal(4, after.Positive);
        Assert.Equal("doomer", flipped.Label);
    }

    private static readonly string[] Words = ["risk", "danger", "slow down", "as fast as possible", "growth", "Gefahr", "bremsen", "risque", "garde-fou", "croissance", "Fortschritt", "promise"];

    [Fact]
    public void Write_then_parse_gives_the_same_cues()
    {
        Gen.Int[0, Words.Length - 1].Select(Gen.Int[1, 2], Gen.Int[1, 400])
            .Array[0, 12]
            .Sample(entries =>
            {
                var lexicon = Lexicon.Create(LexiconScale.Stance, []);
                foreach (var (word, pole, weight) in entries)
                {
                    var language = Words[word] switch { "Gefahr" or "bremsen" or "Fortschritt" => "de", "risque" or "garde-fou" or "croissance" => "fr", _ => "en" };
                    lexicon = lexicon.With(Words[word], language, pole == 1 ? "doomer" : "boomer", weight / 8.0);
                }
                var writer = new StringWriter();
                lexicon.Write(writer);
                var parsed = StanceLexicon.Parse(writer.ToString());
                return parsed.Cues.Select(cue => (cue.Term, cue.Language, cue.Pole, cue.Weight))
                    .SequenceEqual(lexicon.Cues.Select(cue => (cue.Term, cue.Language, cue.Pole, cue.Weight)));
            });
    }

    [Fact]
    public void Any_line_either_parses_or_fails_with_a_one_line_located_message()
    {
        var field = Gen.OneOf(Gen.String[Gen.Char["a-zA-Z0-9 .,-é#\t"], 0, 12], Gen.OneOf("fr", "de", "en", "doomer", "boomer", "1", "0.5", "-2", "x"));
        field.Array[1, 5].Select(fields => string.Join('\t', fields)).Sample(line =>
        {
            try
            {
                StanceLexicon.Parse(Header + line + "\n", "p.tsv");
                return true;
            }
            catch (CorpusLensException exception)
            {
                return exception.Message.StartsWith("p.tsv:2: ", StringComparison.Ordinal) && !exception.Message.Contains('\n');
            }
        });
    }
}
