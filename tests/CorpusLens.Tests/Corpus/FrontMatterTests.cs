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

    public static TheoryData<string, string[]?> PlainCases => new()
    {
        // YAML between the '---' lines; what the plain reader reads (key=value), or null: left to the parser
        { "title: OpenAI et Microsoft\nlanguage: fr", ["title=OpenAI et Microsoft", "language=fr"] },
        { "Title: l'IA d’OpenAI, « grand » \"pari\"\r\nDATE: 2024-05-01T10:00", ["title=l'IA d’OpenAI, « grand » \"pari\"", "date=2024-05-01T10:00"] },
        { "id:   eins   \nempty:\ntilde: ~\nnull: NULL\nc-sharp: C#", ["id=eins", "empty=", "tilde=", "null=", "c-sharp=C#"] },
        { "", [] },
        { "title: 'quoted'", null },
        { "tags: [a, b]", null },
        { "tags:\n  - a", null },
        { "title: a\n  continued", null },
        { "title: a # comment", null },
        { "title: a: b", null },
        { "key:value", null },
        { "key : value", null },
        { "title: a\nTITLE: b", null },
        { "title: *alias", null },
        { "title: !tag a", null },
        { "title: |\n  block", null },
        { "title: a\tb", null },
        { "title: a\u2028b", null },
        { "title: a\n\nlanguage: fr", null },
        { "- a", null },
    };

    [Theory]
    [MemberData(nameof(PlainCases))]
    public void Plain_key_value_lines_are_read_without_the_parser_and_anything_else_is_left_to_it(string yaml, string[]? expected)
    {
        var metadata = new Dictionary<string, string>();
        bool plain = FrontMatter.TryParsePlain(yaml, metadata, new SharedStrings());
        Assert.Equal(expected is not null, plain);
        if (expected is not null)
        {
            Assert.Equal(expected, metadata.Select(pair => $"{pair.Key}={pair.Value}"));
            Assert.Equal(expected, FrontMatter.ParseYaml(yaml).Metadata.Select(pair => $"{pair.Key}={pair.Value}"));
        }
    }

    [Fact]
    public void The_plain_reader_reads_what_the_parser_reads_wherever_it_reads_at_all()
    {
        // Lines of a key, ':' and a value made of text and YAML's punctuation, so that many are plain and many not.
        var key = Gen.String[Gen.Char["aZ9_- :"], 0, 6];
        var value = Gen.String[Gen.Char["ab Z9.,:;'\"#&*!|>%@`?-[]{}()~é’«»\t\r\u0085\u2028"], 0, 14];
        var line = Gen.Select(key, Gen.OneOf(Gen.Const(": "), Gen.Const(":"), Gen.Const(" ")), value, (k, colon, v) => k + colon + v);
        int plain = 0;
        Gen.OneOf(line, Gen.Const("title: OpenAI"), Gen.Const("id: a")).Array[0, 5].Sample(lines =>
        {
            var yaml = string.Join('\n', lines);
            var metadata = new Dictionary<string, string>();
            if (FrontMatter.TryParsePlain(yaml, metadata))
            {
                Interlocked.Increment(ref plain);
                var parsed = FrontMatter.ParseYaml(yaml);
                Assert.Null(parsed.Error);
                Assert.Equal(parsed.Metadata.Select(pair => (pair.Key, pair.Value)), metadata.Select(pair => (pair.Key, pair.Value)));
            }
        }, iter: 50_000);
        Assert.InRange(plain, 5_000, 50_000); // the property said something about a good part of the texts
    }
}
