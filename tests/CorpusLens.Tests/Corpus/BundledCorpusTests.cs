using CorpusLens.Cli;

namespace CorpusLens.Tests.Corpus;

public class BundledCorpusTests
{
    private static readonly Lazy<CorpusLens.Corpus> Bundled = new(() => CorpusLens.Corpus.Load(CorpusLens.Corpus.FindBundledData()));

    [Fact]
    public void Loads_the_five_articles_with_their_languages()
    {
        var corpus = Bundled.Value;
        Assert.Equal(0, corpus.Report.Skipped);
        Assert.Equal(
            ["fr", "de", "fr", "fr", "fr"],
            corpus.Documents.Select(article => article.Language));
    }

    [Fact]
    public void Detected_languages_agree_with_the_metadata()
    {
        var corpus = CorpusLens.Corpus.Load(CorpusLens.Corpus.FindBundledData(), metadataFile: null);
        foreach (var article in corpus.Documents)
        {
            var detected = CorpusLens.Text.LanguageDetector.Detect(article.Text);
            Assert.Equal(article.Language, detected.Language);
            Assert.True(detected.Score > 0.8, $"{article.Id}: score {detected.Score}");
        }
    }

    [Fact]
    public void Corpus_command_lists_five_articles_as_csv()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CorpusLensCommandLine.Run(["corpus", "--format", "csv"], output, error);
        Assert.Equal(0, exit);
        var lines = output.ToString().Split("\r\n");
        Assert.StartsWith("id,title,language,language_score,date,source,words,sentences,text", lines[0]);
        Assert.Contains("loaded 5 articles, skipped 0", error.ToString());
    }

    [Fact]
    public void The_command_lists_the_removed_lines_a_load_records()
    {
        var (output, error) = CorpusLens.Tests.Cli.CommandLineRun.Succeed("corpus", "--removed", "--format", "csv");
        var rows = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var corpus = Bundled.Value;

        Assert.Equal("article,line,rule,text", rows[0]);
        Assert.Equal(corpus.RemovedLines.Rows.Count, rows.Length - 1);
        Assert.Equal(corpus.Report.BoilerplateRemovals, rows.Length - 1);
        Assert.Contains("003_4612439b9a871d0c,1,logo,Logo Zéphyrnet", rows);
        Assert.Contains("loaded 5 articles, skipped 0", error, StringComparison.Ordinal);
    }
}
