using CorpusLens.Notebooks.Execution;
using CsCheck;

namespace CorpusLens.Tests.Notebooks;

public class CellDirectivesTests
{
    public static TheoryData<string, DirectiveKind, string, string?> ValidDirectives => new()
    {
        { "#r \"nuget: Plotly.NET.CSharp, 0.14.0\"", DirectiveKind.Package, "Plotly.NET.CSharp", "0.14.0" },
        { "#r \"nuget:CorpusLens,0.1.0\"", DirectiveKind.Package, "CorpusLens", "0.1.0" },
        { "  #r   \"nuget: Lucene.Net.Analysis.Common, 4.8.0-beta00017\"  ", DirectiveKind.Package, "Lucene.Net.Analysis.Common", "4.8.0-beta00017" },
        { "#r \"nuget: XPlot.Plotly, 4.1.0\" // for older tutorials", DirectiveKind.Package, "XPlot.Plotly", "4.1.0" },
        { "#r \"bin/Release/net10.0/CorpusLens.dll\"", DirectiveKind.Assembly, "bin/Release/net10.0/CorpusLens.dll", null },
        { "#i \"nuget: /home/me/CorpusLens/artifacts/packages\"", DirectiveKind.PackageSource, "/home/me/CorpusLens/artifacts/packages", null },
        { "#i \"https://example.org/v3/index.json\"", DirectiveKind.PackageSource, "https://example.org/v3/index.json", null },
    };

    [Theory]
    [MemberData(nameof(ValidDirectives))]
    public void Parses_a_valid_directive(string line, DirectiveKind kind, string value, string? version)
    {
        var parsed = CellDirectives.Parse(line + "\nvar x = 1;");
        var directive = Assert.Single(parsed.Directives);
        Assert.Equal(new CellDirective(kind, 1, value, version), directive);
        Assert.Equal("\nvar x = 1;", parsed.Code);
    }

    public static TheoryData<string, int, string> InvalidDirectives => new()
    {
        { "#r \"nuget: Plotly.NET.CSharp\"", 1, "has no version" },
        { "#r \"nuget: Plotly.NET.CSharp, \"", 1, "has no version" },
        { "var a = 1;\n#r \"nuget: Plotly.NET.CSharp, *\"", 2, "not an exact version" },
        { "#r \"nuget: Plotly.NET.CSharp, [0.14.0,)\"", 1, "not an exact version" },
        { "#r \"nuget: Plotly.NET.CSharp, 0.14.0-*\"", 1, "not an exact version" },
        { "#r nuget: Plotly.NET.CSharp, 0.14.0", 1, "malformed directive" },
        { "#r \"\"", 1, "empty reference" },
        { "#r \"nuget: , 1.0.0\"", 1, "malformed package reference" },
        { "#!fsharp\nlet x = 1", 1, "C# cells only" },
        { "var a = 1;\n#!time\nvar b = 2;", 2, "not supported" },
        { "#!about", 1, "C# cells only" },
    };

    [Theory]
    [MemberData(nameof(InvalidDirectives))]
    public void Rejects_an_invalid_directive_naming_its_line(string source, int line, string reason)
    {
        var exception = Assert.Throws<DirectiveException>(() => CellDirectives.Parse(source));
        Assert.Equal(line, exception.Line);
        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#!csharp\nvar x = 1;", "csharp")]
    [InlineData("#!c#\nvar x = 1;", "csharp")]
    [InlineData("#!markdown\n# Title\n#r is not read here", "markdown")]
    public void First_line_magic_selects_the_kernel(string source, string kernel)
    {
        var parsed = CellDirectives.Parse(source);
        Assert.Equal(kernel, parsed.Kernel);
        Assert.Equal(DirectiveKind.Kernel, parsed.Directives[0].Kind);
        Assert.Single(parsed.Directives);
    }

    [Theory]
    [InlineData("#region setup\nvar x = 1;\n#endregion")]
    [InlineData("#if DEBUG\nvar x = 1;\n#endif")]
    [InlineData("var text = \"#r is a directive\";")]
    public void Leaves_preprocessor_lines_and_strings_alone(string source)
    {
        var parsed = CellDirectives.Parse(source);
        Assert.Empty(parsed.Directives);
        Assert.Equal(source, parsed.Code);
    }

    [Fact]
    public void Keeps_line_numbers_for_any_mix_of_directives_and_code()
    {
        var ids = Gen.String[Gen.Char['a', 'z'], 1, 12];
        var versions = Gen.Int[0, 99].Array[3].Select(parts => string.Join('.', parts));
        var lines = Gen.OneOf(
            Gen.Select(ids, versions, (id, version) => (Text: $"#r \"nuget: {id}, {version}\"", Directive: true)),
            ids.Select(id => (Text: $"var {id}1 = 1;", Directive: false)),
            ids.Select(id => (Text: $"#i \"nuget: /feeds/{id}\"", Directive: true)));
        lines.Array[0, 12].Sample(cell =>
        {
            var source = string.Join('\n', cell.Select(line => line.Text));
            var parsed = CellDirectives.Parse(source);
            var codeLines = parsed.Code.Split('\n');
            Assert.Equal(Math.Max(cell.Length, 1), codeLines.Length);
            Assert.Equal(cell.Count(line => line.Directive), parsed.Directives.Count);
            for (var index = 0; index < cell.Length; index++)
            {
                Assert.Equal(cell[index].Directive ? "" : cell[index].Text, codeLines[index]);
            }
            Assert.All(parsed.Directives, directive => Assert.StartsWith("#", cell[directive.Line - 1].Text, StringComparison.Ordinal));
        });
    }
}
