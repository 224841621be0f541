using CorpusLens.Cli;

namespace CorpusLens.Tests.Text;

public class TermCommandTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CorpusLensCommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void Terms_prints_the_top_terms_of_each_article_as_csv()
    {
        var (code, output, _) = Run("terms", "--top", "3", "--format", "csv");
        Assert.Equal(0, code);
        var lines = Lines(output);
        Assert.Equal("article,term,count,per_thousand,document_frequency", lines[0]);
        Assert.Equal(5 * 3, lines.Length - 1);
        Assert.StartsWith("000_a359fb632540f85a,Google,9,", lines[1]);
    }

    [Theory]
    [InlineData("--stream")]
    [InlineData("--ngram")]
    public void A_long_terminal_table_shows_its_first_rows_and_says_how_many_there_are(string option)
    {
        // Streamed and loaded corpora take different paths to the table; both show the same first rows.
        string[] extra = option == "--stream" ? ["--stream"] : ["--ngram", "1"];
        var (csvCode, csv, _) = Run(["terms", "--format", "csv", .. extra]);
        var (code, table, error) = Run(["terms", .. extra]);
        Assert.Equal(0, csvCode);
        Assert.Equal(0, code);
        var csvLines = Lines(csv);
        int total = csvLines.Length - 1;
        Assert.True(total > LargeFrameOutput.TableRowLimit, $"the bundled corpus has only {total} rows");
        Assert.Contains($"showing the first 1 000 of {total.ToString("N0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', ' ')} rows", error, StringComparison.Ordinal);
        var rows = Lines(table).Where(line => line.StartsWith('│')).ToList();
        Assert.Equal(LargeFrameOutput.TableRowLimit + 1, rows.Count); // the header and the rows shown
        var lastShown = csvLines[LargeFrameOutput.TableRowLimit].Split(',');
        Assert.Contains(lastShown[0], rows[^1], StringComparison.Ordinal);
        Assert.Contains(lastShown[1], rows[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("language", "language,term,count,per_thousand,document_frequency", 2)]
    [InlineData("corpus", "corpus,term,count,per_thousand,document_frequency", 1)]
    [InlineData("date", "date,term,count,per_thousand,document_frequency", 3)]
    public void Terms_groups_and_applies_top_per_group(string by, string header, int groups)
    {
        var (code, output, _) = Run("terms", "--by", by, "--top", "4", "--format", "csv");
        Assert.Equal(0, code);
        var lines = Lines(output);
        Assert.Equal(header, lines[0]);
        Assert.Equal(groups * 4, lines.Length - 1);
    }

    [Fact]
    public void Terms_counts_bigrams_and_streams_a_folder_on_request()
    {
        var (code, output, error) = Run("terms", "--by", "corpus", "--ngram", "2", "--top", "2", "--format", "json", "--stream");
        Assert.Equal(0, code);
        Assert.Contains("streamed 5 files", error);
        Assert.Contains("\"term\":", output);
        Assert.Contains(' ', System.Text.Json.JsonDocument.Parse(output).RootElement[0].GetProperty("term").GetString() ?? string.Empty);
    }

    [Fact]
    public void Kwic_keyness_and_collocations_print_their_columns()
    {
        var kwic = Run("kwic", "OpenAI", "--window", "3", "--format", "csv");
        Assert.Equal(0, kwic.Code);
        Assert.Equal("article,position,left,match,right", Lines(kwic.Output)[0]);
        Assert.True(Lines(kwic.Output).Length > 60);

        var keyness = Run("keyness", "--group", "language=de", "--top", "5", "--format", "csv");
        Assert.Equal(0, keyness.Code);
        Assert.Equal("term,g2,chi2,log_ratio,target_count,reference_count", Lines(keyness.Output)[0]);
        Assert.Equal(6, Lines(keyness.Output).Length);

        var target = Run("keyness", "--target", "003_4612439b9a871d0c", "--format", "csv", "--top", "3");
        Assert.Equal(0, target.Code);
        Assert.Contains("Altman", target.Output);

        var collocations = Run("collocations", "--format", "csv", "--top", "5");
        Assert.Equal(0, collocations.Code);
        Assert.Equal("term,collocate,count,pmi,g2", Lines(collocations.Output)[0]);
    }

    [Theory]
    [InlineData("keyness")]
    [InlineData("keyness", "--group", "language")]
    [InlineData("keyness", "--group", "language=xx")]
    [InlineData("terms", "--by", "nope")]
    [InlineData("terms", "--ngram", "5")]
    [InlineData("terms", "--corpus", "/nonexistent/folder")]
    [InlineData("kwic", "...")]
    public void Bad_input_is_one_line_on_stderr_and_exit_code_1(params string[] args)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(1, code);
        var lines = Lines(error);
        Assert.StartsWith("corpuslens: error: ", lines[^1]);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void A_negative_top_is_refused_before_the_corpus_is_read()
    {
        // The folder does not exist: had counting started, the error would name the folder instead.
        var (code, _, error) = Run("terms", "--corpus", "/nonexistent/folder", "--top", "-1", "--format", "csv");
        Assert.Equal(1, code);
        Assert.Contains("--top -1: use a number of 0 or more", error);
        Assert.DoesNotContain("/nonexistent/folder", error);
    }
}
