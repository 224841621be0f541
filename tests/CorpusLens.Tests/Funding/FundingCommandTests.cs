using System.Text.Json;
using CorpusLens.Cli;

namespace CorpusLens.Tests.Funding;

public class FundingCommandTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CorpusLensCommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Json_lists_every_figure_of_the_bundled_corpus_with_the_contract_columns()
    {
        var (code, output, _) = Run("funding", "--format", "json");
        Assert.Equal(0, code);
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(14, rows.Count);
        foreach (var column in new[] { "article", "sentence", "text", "amount", "currency", "usd", "qualifier", "kind", "investor", "recipient", "year", "derived", "context" })
        {
            Assert.True(rows[0].TryGetProperty(column, out _), column);
        }
        var thirteen = rows.Single(row => row.GetProperty("text").GetString() == "13 Milliarden US-Dollar");
        Assert.Equal(13e9, thirteen.GetProperty("amount").GetDouble());
        Assert.Equal("USD", thirteen.GetProperty("currency").GetString());
        Assert.Equal("investment", thirteen.GetProperty("kind").GetString());
    }

    [Fact]
    public void Csv_starts_with_the_header_and_table_shows_the_main_columns()
    {
        var (code, csv, _) = Run("funding", "--format", "csv");
        Assert.Equal(0, code);
        Assert.StartsWith("article,sentence,text,start,end,amount,currency,usd,qualifier,kind,investor,recipient,year,derived,context", csv);
        var (tableCode, table, error) = Run("funding");
        Assert.Equal(0, tableCode);
        Assert.Contains("recipient", table);
        Assert.Contains("le double de", table);
        Assert.Contains("14 figures", error);
    }

    [Fact]
    public void Compare_groups_by_recipient_and_kind()
    {
        var (code, output, _) = Run("funding", "--compare", "--format", "json");
        Assert.Equal(0, code);
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.All(rows, row => Assert.False(string.IsNullOrEmpty(row.GetProperty("recipient").GetString())));
        Assert.Contains(rows, row => row.GetProperty("kind").GetString() == "investment" && row.GetProperty("sources").GetInt32() == 5);
    }

    [Fact]
    public void A_missing_corpus_is_a_one_line_error()
    {
        var (code, output, error) = Run("funding", "--corpus", "/nonexistent/corpus");
        Assert.NotEqual(0, code);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.Trim().Split('\n'));
    }
}
