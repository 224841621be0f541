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
                Assert.Equal("body", result.Body);
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
}
