using CorpusLens.Cli;
using CorpusLens.Stance;
using Microsoft.Data.Analysis;

namespace CorpusLens.Tests.Stance;

public class CorpusStanceTests
{
    private static readonly Lazy<CorpusLens.Corpus> Bundled = new(() => CorpusLens.Corpus.Load(CorpusLens.Corpus.FindBundledData()));

    private const string DoomAndBoomArticle = "003_4612439b9a871d0c";

    [Fact]
    public void The_article_on_doomers_and_boomers_has_cues_of_both_poles()
    {
        var frame = StanceAnalysis.Sentences(Bundled.Value);
        var rows = Rows(frame).Where(row => (string)row["article"] == DoomAndBoomArticle).ToList();
        Assert.Contains(rows, row => (double)row["doomer"] > 0);
        Assert.Contains(rows, row => (double)row["boomer"] > 0);
        var split = rows.Single(row => ((string)row["text"]).StartsWith("Les partisans du malheur", StringComparison.Ordinal));
        Assert.Equal("doomer", split["label"]);
        Assert.Contains("partisans du malheur(doomer,2)", (string)split["evidence"]);
        var promise = rows.Single(row => ((string)row["text"]).StartsWith("Les membres du camp des baby-boomers", StringComparison.Ordinal));
        Assert.Equal("boomer", promise["label"]);
        Assert.Contains("le plus rapidement possible(boomer,2)", (string)promise["evidence"]);
    }

    [Fact]
    public void Sentence_frame_has_the_contract_columns()
    {
        var frame = StanceAnalysis.Sentences(Bundled.Value);
        AssertColumns(frame, ("article", typeof(StringDataFrameColumn)), ("sentence", typeof(Int32DataFrameColumn)), ("text", typeof(StringDataFrameColumn)),
            ("doomer", typeof(DoubleDataFrameColumn)), ("boomer", typeof(DoubleDataFrameColumn)), ("score", typeof(DoubleDataFrameColumn)),
            ("label", typeof(StringDataFrameColumn)), ("evidence", typeof(StringDataFrameColumn)));
        Assert.Equal(Bundled.Value.Documents.Sum(article => article.Sentences.Count), frame.Rows.Count);
        foreach (var row in Rows(frame))
        {
            double score = (double)row["score"];
            Assert.InRange(score, -1, 1);
            Assert.Equal(PolarityScore.NetScore((double)row["doomer"], (double)row["boomer"]), score, 12);
            Assert.Equal(((string)row["evidence"]).Length == 0, (double)row["doomer"] + (double)row["boomer"] == 0);
        }
    }

    [Fact]
    public void Article_frame_has_the_contract_columns_and_mean_scores()
    {
        var corpus = Bundled.Value;
        var articles = StanceAnalysis.Articles(corpus);
        AssertColumns(articles, ("article", typeof(StringDataFrameColumn)), ("score", typeof(DoubleDataFrameColumn)), ("label", typeof(StringDataFrameColumn)),
            ("doomer", typeof(DoubleDataFrameColumn)), ("boomer", typeof(DoubleDataFrameColumn)), ("doomer_share", typeof(DoubleDataFrameColumn)),
            ("boomer_share", typeof(DoubleDataFrameColumn)), ("sentences", typeof(Int32DataFrameColumn)), ("evidence", typeof(StringDataFrameColumn)));
        Assert.Equal(corpus.Documents.Count, articles.Rows.Count);
        var sentences = Rows(StanceAnalysis.Sentences(corpus)).ToList();
        foreach (var row in Rows(articles))
        {
            var own = sentences.Where(sentence => (string)sentence["article"] == (string)row["article"]).ToList();
            Assert.Equal(own.Average(sentence => (double)sentence["score"]), (double)row["score"], 12);
            Assert.Equal(own.Count(sentence => (string)sentence["label"] == "doomer") / (double)own.Count, (double)row["doomer_share"], 12);
            Assert.Equal(own.Count, row["sentences"]);
            Assert.Equal(PolarityScore.LabelOf((double)row["score"], ScoringOptions.Default.ArticleThreshold, LexiconScale.Stance), row["label"]);
        }
        var doomAndBoom = Rows(articles).Single(row => (string)row["article"] == DoomAndBoomArticle);
        Assert.Contains("(doomer)", (string)doomAndBoom["evidence"]);
        Assert.Contains("(boomer)", (string)doomAndBoom["evidence"]);
    }

    [Fact]
    public void Articles_can_be_grouped_by_a_metadata_column()
    {
        var grouped = StanceAnalysis.Articles(Bundled.Value, groupBy: "event");
        Assert.Equal("event", grouped.Columns[0].Name);
        Assert.Equal(["2024 e-mails", "2019 investment", "2023 board crisis"], Rows(grouped).Select(row => (string)row["event"]));
        Assert.Equal([2, 2, 1], Rows(grouped).Select(row => (int)row["articles"]));
        var exception = Assert.Throws<CorpusLensException>(() => StanceAnalysis.Articles(Bundled.Value, groupBy: "colour"));
        Assert.Contains("no column 'colour' to group by", exception.Message);
    }

    [Fact]
    public void Trajectory_covers_every_sentence_once_in_order()
    {
        var corpus = Bundled.Value;
        var trajectory = StanceAnalysis.Trajectory(corpus, segments: 4);
        foreach (var article in corpus.Documents)
        {
            var rows = Rows(trajectory).Where(row => (string)row["article"] == article.Id).ToList();
            Assert.Equal(Math.Min(4, article.Sentences.Count), rows.Count);
            Assert.Equal(0, rows[0]["first_sentence"]);
            Assert.Equal(article.Sentences.Count - 1, rows[^1]["last_sentence"]);
            for (int i = 1; i < rows.Count; i++)
            {
                Assert.Equal((int)rows[i - 1]["last_sentence"] + 1, rows[i]["first_sentence"]);
            }
        }
    }

    [Fact]
    public void Sentiment_frame_has_the_contract_columns()
    {
        var frame = SentimentAnalysis.Sentences(Bundled.Value);
        AssertColumns(frame, ("article", typeof(StringDataFrameColumn)), ("sentence", typeof(Int32DataFrameColumn)), ("text", typeof(StringDataFrameColumn)),
            ("positive", typeof(DoubleDataFrameColumn)), ("negative", typeof(DoubleDataFrameColumn)), ("score", typeof(DoubleDataFrameColumn)),
            ("label", typeof(StringDataFrameColumn)));
        Assert.Contains(Rows(frame), row => (string)row["label"] == "negative");
        Assert.Contains(Rows(frame), row => (string)row["label"] == "positive");
    }

    [Theory]
    [InlineData("article", "article,score,label,doomer,boomer,doomer_share,boomer_share,sentences,evidence,articles", 5)]
    [InlineData("sentence", "article,sentence,text,doomer,boomer,score,label,evidence,language,relative_position", -1)]
    public void Stance_command_prints_the_frame_as_csv(string level, string header, int rows)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CorpusLensCommandLine.Run(["stance", "--level", level, "--format", "csv"], output, error);
        Assert.Equal(0, exit);
        var lines = output.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(header, lines[0]);
        if (rows >= 0)
        {
            Assert.Equal(rows + 1, lines.Length);
        }
    }

    [Fact]
    public void Stance_command_reports_a_bad_lexicon_line_without_a_stack_trace()
    {
        var path = Path.Combine(Path.GetTempPath(), $"stance-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "term\tlanguage\tpole\tweight\nrisk\ten\tdoomer\tlots\n");
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();
            int exit = CorpusLensCommandLine.Run(["stance", "--lexicon", path], output, error);
            Assert.Equal(GuardedAction.InputError, exit);
            Assert.Equal($"corpuslens: error: {path}:2: bad weight 'lots' for 'risk' (expected a number above 0 and at most 100, with a '.' decimal point)", error.ToString().Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("stance")]
    [InlineData("sentiment")]
    public void Group_by_at_sentence_level_is_refused(string command)
    {
        var error = new StringWriter();
        int exit = CorpusLensCommandLine.Run([command, "--level", "sentence", "--group-by", "event"], new StringWriter(), error);
        Assert.Equal(GuardedAction.InputError, exit);
        Assert.Equal("corpuslens: error: --group-by applies to --level article only", error.ToString().Trim());
    }

    [Fact]
    public void Stance_command_groups_articles_by_event()
    {
        var output = new StringWriter();
        int exit = CorpusLensCommandLine.Run(["stance", "--group-by", "event", "--format", "csv"], output, new StringWriter());
        Assert.Equal(0, exit);
        var lines = output.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event,score,label,doomer,boomer", lines[0]);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public void Stance_command_evaluates_a_labelled_set()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "stance", "validation.tsv");
        int exit = CorpusLensCommandLine.Run(["stance", "--evaluate", path], output, error);
        Assert.Equal(0, exit);
        Assert.StartsWith("sentences 108, accuracy ", output.ToString());
        Assert.Contains("macro-F1", output.ToString());
    }

    [Fact]
    public void Sentiment_command_prints_sentences_as_json()
    {
        var output = new StringWriter();
        int exit = CorpusLensCommandLine.Run(["sentiment", "--level", "sentence", "--format", "json"], output, new StringWriter());
        Assert.Equal(0, exit);
        Assert.StartsWith("[", output.ToString().TrimStart());
        Assert.Contains("\"positive\":", output.ToString());
    }

    private static void AssertColumns(DataFrame frame, params (string Name, Type Type)[] expected)
    {
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Name, frame.Columns[i].Name);
            Assert.IsType(expected[i].Type, frame.Columns[i]);
        }
    }

    private static IEnumerable<Dictionary<string, object>> Rows(DataFrame frame)
    {
        for (long row = 0; row < frame.Rows.Count; row++)
        {
            var values = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var column in frame.Columns)
            {
                values[column.Name] = column[row] ?? throw new InvalidOperationException($"null in {column.Name}");
            }
            yield return values;
        }
    }
}
