using System.Globalization;
using CorpusLens.Cli;

namespace CorpusLens.Tests.Cli;

/// <summary>
/// Every command prints the same bytes whatever the machine's culture: numbers, dates and case folding are
/// invariant (Turkish is the test of case folding: there "I".ToLower() is "ı", and the corpus has "IA").
/// </summary>
public sealed class CultureIndependenceTests
{
    public static TheoryData<string, string[]> Commands()
    {
        string[][] commands =
        [
            ["terms", "--top", "5", "--format", "csv"],
            ["terms", "--top", "5", "--stem", "--by", "language", "--format", "json"],
            ["terms", "--top", "3"],
            ["keyness", "--group", "language=de", "--top", "10", "--format", "csv"],
            ["collocations", "--top", "10", "--format", "csv"],
            ["kwic", "IA", "--format", "csv"],
            ["dispersion", "IA", "--format", "csv"],
            ["diversity", "--window", "20", "--format", "json"],
            ["stance", "--format", "csv"],
            ["funding", "--format", "csv"],
            ["corpus", "--format", "csv"],
        ];
        var data = new TheoryData<string, string[]>();
        foreach (var culture in new[] { "de-DE", "fr-FR", "tr-TR" })
        {
            foreach (var command in commands)
            {
                data.Add(culture, command);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_command_prints_the_same_in_any_culture(string culture, string[] args)
    {
        var invariant = RunIn(CultureInfo.InvariantCulture.Name, args);
        var local = RunIn(culture, args);
        Assert.Equal(0, invariant.Code);
        Assert.Equal(invariant.Code, local.Code);
        Assert.NotEqual("", invariant.Output);
        Assert.Equal(invariant.Output, local.Output);
    }

    [Fact]
    public void The_Turkish_culture_does_fold_I_differently_so_the_test_above_can_fail()
    {
        Assert.Equal("ıa", "IA".ToLower(CultureInfo.GetCultureInfo("tr-TR")));
        Assert.Equal("1,5", 1.5.ToString(CultureInfo.GetCultureInfo("de-DE")));
    }

    private static (int Code, string Output) RunIn(string culture, string[] args)
    {
        var attribute = new UseCultureAttribute(culture);
        var method = typeof(CultureIndependenceTests).GetMethod(nameof(A_command_prints_the_same_in_any_culture))!;
        attribute.Before(method);
        try
        {
            var output = new StringWriter(CultureInfo.InvariantCulture);
            int code = CorpusLensCommandLine.Run(args, output, new StringWriter(CultureInfo.InvariantCulture));
            return (code, output.ToString());
        }
        finally
        {
            attribute.After(method);
        }
    }
}
