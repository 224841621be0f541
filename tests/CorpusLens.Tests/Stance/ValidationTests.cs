using CorpusLens.Stance;
using Xunit.Abstractions;

namespace CorpusLens.Tests.Stance;

public class ValidationTests(ITestOutputHelper output)
{
    private static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "stance", name);

    public static TheoryData<string, int> Sets => new()
    {
        { "validation.tsv", 108 },
        { "heldout.tsv", 45 },
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Labelled_sets_are_balanced_across_languages_and_labels(string file, int count)
    {
        var set = StanceEvaluation.Load(DataFile(file));
        Assert.Equal(count, set.Count);
        foreach (var group in set.GroupBy(sentence => (sentence.Language, sentence.Label)))
        {
            Assert.Equal(count / 9, group.Count());
        }
        Assert.Equal(set.Count, set.Select(sentence => sentence.Text).Distinct().Count());
    }

    [Fact]
    public void Macro_f1_on_all_labelled_sentences_is_at_least_0_85()
    {
        var set = StanceEvaluation.Load(DataFile("validation.tsv")).Concat(StanceEvaluation.Load(DataFile("heldout.tsv"))).ToList();
        var report = StanceEvaluation.Evaluate(set, StanceLexicon.Default);
        output.WriteLine(report.ToString());
        foreach (var (sentence, predicted) in report.Errors)
        {
            output.WriteLine($"{sentence.Language} {sentence.Label} -> {predicted.Label}: {sentence.Text} [{predicted.Evidence}]");
        }
        Assert.True(set.Count >= 90);
        Assert.True(report.MacroF1 >= 0.85, report.ToString());
        foreach (var language in new[] { "fr", "de", "en" })
        {
            var perLanguage = StanceEvaluation.Evaluate(set.Where(sentence => sentence.Language == language).ToList(), StanceLexicon.Default);
            output.WriteLine($"{language}: {perLanguage}");
            Assert.True(perLanguage.MacroF1 >= 0.8, $"{language}: {perLanguage}");
        }
    }

    [Fact]
    public void Sentiment_macro_f1_on_its_labelled_set_is_at_least_0_85()
    {
        var set = StanceEvaluation.Load(DataFile("sentiment.tsv"));
        Assert.Equal(45, set.Count);
        var report = StanceEvaluation.Evaluate(set, SentimentLexicon.Default);
        output.WriteLine(report.ToString());
        Assert.True(report.MacroF1 >= 0.85, report.ToString());
    }

    [Fact]
    public void Metrics_are_computed_from_the_confusion()
    {
        // Three sentences the default lexicon labels doomer, boomer and neutral; the gold labels make one error.
        var set = new List<LabelledSentence>
        {
            new("en", "doomer", "This is very dangerous.", 1),
            new("en", "boomer", "We must accelerate.", 2),
            new("en", "boomer", "The board met on Tuesday.", 3),
        };
        var report = StanceEvaluation.Evaluate(set, StanceLexicon.Default);
        Assert.Equal(2.0 / 3, report.Accuracy, 12);
        // doomer P=1 R=1 F1=1; boomer P=1 R=0.5 F1=2/3; neutral P=0 R=0 F1=0 -> macro 5/9.
        Assert.Equal(5.0 / 9, report.MacroF1, 12);
        Assert.Single(report.Errors);
    }

    [Fact]
    public void A_bad_label_is_reported_with_its_line()
    {
        var exception = Assert.Throws<CorpusLensException>(() =>
            StanceEvaluation.Evaluate([new LabelledSentence("en", "gloomy", "text", 7)], StanceLexicon.Default));
        Assert.StartsWith("line 7: unknown label 'gloomy'", exception.Message);
    }
}
