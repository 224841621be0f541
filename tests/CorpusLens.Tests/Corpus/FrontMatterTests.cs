using CsCheck;

namespace CorpusLens.Tests.Corpus;

public sealed class FrontMatterTests
{
    [Fact]
    public void Any_front_matter_gives_metadata_or_one_error_with_its_line_and_never_throws()
    {
        // Strings made of YAML's punctuation: keys, lists, mappings, anchors, aliases, tags, block scalars, quotes.
        var yaml = Gen.String[Gen.Char["ab: -[]{},&*!|>'\"#?%@`\n\t "], 0, 200];
        yaml.Sample(text =>
        {
            var result = FrontMatter.Split("---\n" + text + "\n---\nbody");
            int lines = text.Count(character => character == '\n') + 3;
            if (result.Error is null)
            {
                Assert.Null(result.ErrorLine);
                Assert.Equal(ExpectedBody(text), result.Body);
                Assert.All(result.Metadata.Keys, key => Assert.Equal(key.Trim().ToLowerInvariant(), key));
            }
            else
            {
                Assert.StartsWith("front matter: ", result.Error);
                Assert.DoesNotContain('\n', result.Error);
                Assert.Empty(result.Metadata);
                Assert.InRange(result.ErrorLine!.Value, 1, lines);
            }
        }, iter: 20_000);
    }

    // The front matter ends at its first line that is '---' or '...', which may be one of the generated lines.
    private static string ExpectedBody(string yaml)
    {
        var lines = yaml.Split('\n');
        int close = Array.FindIndex(lines, line => line is "---" or "...");
        return close < 0 ? "body" : string.Join('\n', lines[(close + 1)..].Append("---").Append("body"));
    }

    [Theory]
    [InlineData("---\ntitle: a\n---\nbody", "body", 4)]
    [InlineData("---\ntitle: a\n...\nbody", "body", 4)]
    [InlineData("---\ntitle: a\n---\n---\nbody", "---\nbody", 4)]
    [InlineData("---\n---\nbody\n---\nmore", "body\n---\nmore", 3)]
    [InlineData("---\r\ntitle: a\r\n---\r\nbody", "body", 4)]
    public void The_body_starts_after_the_first_closing_line(string text, string body, int bodyFirstLine)
    {
        var result = FrontMatter.Split(text);
        Assert.Null(result.Error);
        Assert.Equal(body, result.Body);
        Assert.Equal(bodyFirstLine, result.BodyFirstLine);
    }
}
