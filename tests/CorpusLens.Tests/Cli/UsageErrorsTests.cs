using CorpusLens.Cli;

namespace CorpusLens.Tests.Cli;

/// <summary>A command line that does not parse: one line per error on stderr, nothing on stdout, exit code 1.</summary>
public sealed class UsageErrorsTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CorpusLensCommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    // The corpus named does not exist: had the command started, the error would name it instead.
    public static TheoryData<string[], string> BadOptions => new()
    {
        { ["terms", "--top", "-1"], "--top -1: use a number of 0 or more; see corpuslens terms --help" },
        { ["terms", "--top", "many"], "--top many: use a whole number; see corpuslens terms --help" },
        { ["terms", "--ngram", "two"], "--ngram two: use a whole number; see corpuslens terms --help" },
        { ["terms", "--format", "xml"], "--format xml: use table, csv or json; see corpuslens terms --help" },
        { ["terms", "--compounds", "both"], "--compounds both: use whole, parts or wholeandparts; see corpuslens terms --help" },
        { ["keyness", "--target", "x", "--top", "-3"], "--top -3: use a number of 0 or more; see corpuslens keyness --help" },
        { ["keyness", "--target", "x", "--min-count", "-1"], "--min-count -1: use a number of 0 or more; see corpuslens keyness --help" },
        { ["collocations", "--window", "0"], "--window 0: use a number of 1 or more; see corpuslens collocations --help" },
        { ["collocations", "--top", "-2"], "--top -2: use a number of 0 or more; see corpuslens collocations --help" },
        { ["kwic", "openai", "--window", "-2"], "--window -2: use a number of 0 or more; see corpuslens kwic --help" },
        { ["diversity", "--window", "0"], "--window 0: use a number of 1 or more; see corpuslens diversity --help" },
        { ["dispersion", "openai", "--format", "html"], "--format html: use table, csv or json; see corpuslens dispersion --help" },
        { ["stance", "--level", "paragraph"], "--level paragraph: use article or sentence; see corpuslens stance --help" },
        { ["corpus", "--format", "yaml"], "--format yaml: use table, csv or json; see corpuslens corpus --help" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void A_bad_option_value_is_one_line_naming_the_option_and_what_it_takes(string[] args, string expected)
    {
        var (code, output, error) = Run([.. args, "--corpus", "/nonexistent/folder"]);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal(["corpuslens: error: " + expected], error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData(new[] { "bogus" }, "corpuslens: error: bogus: not a command; see corpuslens --help")]
    [InlineData(new[] { "termz", "--top", "3" }, "corpuslens: error: termz: not a command; see corpuslens --help")]
    public void An_unknown_command_is_one_line(string[] args, string expected)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal([expected], error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("terms", "--bogus")]
    [InlineData("kwic")]
    [InlineData("dispersion")]
    public void Any_other_parse_error_is_one_line_with_where_to_look(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("corpuslens: error: ", line);
        Assert.EndsWith($"; see corpuslens {args[0]} --help", line);
        Assert.DoesNotContain("System.", line);
    }

    [Theory]
    [InlineData("CSV")]
    [InlineData("Csv")]
    [InlineData("csv")]
    public void Enum_values_are_accepted_in_any_case(string format)
    {
        var (code, output, _) = Run("terms", "--top", "1", "--format", format);
        Assert.Equal(0, code);
        Assert.StartsWith("article,term,count", output);
    }

    [Fact]
    public void Help_still_goes_to_stdout_and_names_the_values_in_lower_case()
    {
        var (code, output, error) = Run("terms", "--help");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("--format <table|csv|json>", output);
        Assert.Contains("--compounds <whole|parts|wholeandparts>", output);
        Assert.Contains("--ngram <1|2|3>", output);
    }
}
