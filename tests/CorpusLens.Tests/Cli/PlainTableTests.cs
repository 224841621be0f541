using CorpusLens.Cli;
using CsCheck;

namespace CorpusLens.Tests.Cli;

/// <summary>PlainTable writes what Spectre.Console writes for the tables it accepts, and refuses the others.</summary>
public sealed class PlainTableTests
{
    public static TheoryData<string, bool> Cells => new()
    {
        { "OpenAI", true },
        { "Microsoft-Führungskräfte", true },
        { "l’ia", true },
        { "Straße…", true },
        { "open ai", true },
        { "23.49869451697128", true },
        { "", true },
        { " leading", false },
        { "trailing ", false },
        { "two  spaces", false },
        { "tab\there", false },
        { "no\u00A0break", false },
        { "日本", false },
        { "e\u0301", false },
        { "zero\u200Bwidth", false },
        { "emoji \U0001F600", false },
        { "bell\u0007", false },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void A_cell_is_plain_when_each_character_takes_one_column_and_spaces_are_single(string cell, bool plain) =>
        Assert.Equal(plain, PlainTable.IsPlain(cell));

    [Fact]
    public void A_table_of_term_frequencies_is_written_as_Spectre_writes_it()
    {
        string[] headers = ["article", "term", "count", "per_thousand", "document_frequency"];
        bool[] rightAligned = [false, false, true, true, true];
        string[][] rows =
        [
            ["000_a359fb632540f85a", "Google", "9", "23.49869451697128", "1"],
            ["000_a359fb632540f85a", "Führungskräfte", "6", "15.66579634464752", "1"],
            ["002_0ae3896f98561879", "l’ia", "21", "28.846153846153847", "1"],
        ];
        var (plain, spectre) = Render(headers, rightAligned, rows, 160);
        Assert.True(plain is not null, "the plain writer refused a table of plain cells");
        Assert.Equal(spectre, plain);
        Assert.StartsWith("╭──────────────────────┬", plain, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(79, false)] // one column narrower than the table: Spectre.Console shrinks a column
    [InlineData(80, true)]
    public void A_table_wider_than_the_console_is_left_to_Spectre(int width, bool written)
    {
        // Columns of 20, 20 and 30 characters, each with a space either side and a border: 70 + 3 × 3 + 1 = 80.
        string[] headers = ["a", "b", "c"];
        string[][] rows = [[new string('x', 20), new string('y', 20), new string('z', 30)]];
        var (plain, spectre) = Render(headers, [false, false, false], rows, width);
        Assert.Equal(written, plain is not null);
        Assert.Equal(spectre, plain);
    }

    [Fact]
    public void Any_table_the_plain_writer_accepts_is_written_as_Spectre_writes_it()
    {
        // Mostly plain characters, so that most tables are accepted, and some that make a cell not plain.
        var character = Gen.Frequency(
            (40, Gen.Char["abcxyzABCéèüßÆœ’…€0123456789.,-_/:"]),
            (2, Gen.Const(' ')),
            (1, Gen.Char["\u00A0\t日\u0301\u200B\u00AD"]));
        var cell = Gen.String[character, 0, 14];
        var table = Gen.Int[1, 5].SelectMany(columns => Gen.Select(
            cell.Array[columns],
            Gen.Bool.Array[columns],
            cell.Array[columns].Array[1, 6],
            Gen.Int[20, 90]));
        int accepted = 0;
        table.Sample((headers, rightAligned, rows, width) =>
        {
            var (plain, spectre) = Render(headers, rightAligned, rows, width);
            if (plain is not null)
            {
                Interlocked.Increment(ref accepted);
            }
            return plain == spectre;
        }, iter: 2_000);
        Assert.True(accepted > 200, $"only {accepted} of 2,000 random tables were plain: the test would check little");
    }

    /// <summary>
    /// The plain writer's table (null when it refuses) and, when it does not refuse, Spectre.Console's. Spectre.Console is
    /// not asked to lay out a refused table: given a column narrower than a wide character, it does not return.
    /// </summary>
    private static (string? Plain, string? Spectre) Render(string[] headers, bool[] rightAligned, string[][] rows, int width)
    {
        var plain = new StringWriter();
        if (!PlainTable.TryWrite(headers, rightAligned, rows, width, plain))
        {
            return (null, null);
        }
        var spectre = new StringWriter();
        var console = TerminalTable.CreateConsole(spectre);
        console.Profile.Width = width;
        TerminalTable.WriteWithSpectre(console, headers, rightAligned, rows);
        return (plain.ToString(), spectre.ToString());
    }
}
