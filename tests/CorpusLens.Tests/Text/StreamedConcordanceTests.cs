using CorpusLens.Tests.Corpus;
using CorpusLens.Text;

namespace CorpusLens.Tests.Text;

/// <summary>A streamed folder's concordance is the loaded corpus's, row for row and in file order.</summary>
public sealed class StreamedConcordanceTests
{
    [Theory]
    [InlineData("OpenAI", 3)]
    [InlineData("l’IA", 2)]
    [InlineData("invest*", 0)]
    [InlineData("Sam Altman", 4)]
    public void A_streamed_folder_gives_the_concordance_of_the_loaded_corpus(string query, int window)
    {
        using var folder = new TemporaryFolder();
        for (int i = 0; i < 30; i++) // more files than one thread takes, so that both threads find matches
        {
            string body = (i % 3) switch
            {
                0 => $"Microsoft investit dans OpenAI.  \r\n\n  L’IA d’OpenAI, selon  Sam Altman, change tout ({i}).",
                1 => $"Microsoft investiert in OpenAI. Sam\n\nAltman kehrt zurück; l'IA bleibt {i}.\u2028Ende",
                _ => $"No match here but investors ({i}).",
            };
            folder.Write($"a{i:D2}.md", i % 2 == 0 ? $"---\nid: article-{i}\n---\n{body}" : body);
        }
        folder.WriteBytes("b.txt", [0, 1, 2]); // skipped by both
        var loaded = global::CorpusLens.Corpus.Load(folder.Path);
        var report = new LoadReport();
        var streamed = TermAnalysis.StreamKwic(folder.Path, query, window, report: report);

        var expected = TermAnalysis.Kwic(loaded, query, window);
        Assert.True(expected.Rows.Count >= 10);
        Assert.Equal(FrameText.Csv(expected), FrameText.Csv(streamed));
        Assert.Equal(loaded.Report.Messages.Select(message => message.ToString()), report.Messages.Select(message => message.ToString()));

        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(0, CorpusLens.Cli.CorpusLensCommandLine.Run(["kwic", query, "--corpus", folder.Path, "--stream", "--window", $"{window}", "--format", "csv"], output, error));
        Assert.Equal(FrameText.Csv(expected), output.ToString());
        Assert.Contains($"streamed 30 files, skipped 1 (1 binary file), {expected.Rows.Count} matches", error.ToString(), StringComparison.Ordinal);
    }
}
