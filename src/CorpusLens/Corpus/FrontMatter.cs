using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CorpusLens;

/// <summary>
/// YAML front matter at the top of a text or Markdown file: a line '---', YAML key: value pairs, a line '---'.
/// Keys are lower-cased; values are kept as text (lists joined with "; ").
/// </summary>
internal static class FrontMatter
{
    /// <summary>The outcome: the metadata, the body and the line the body starts on; or an error with its line.</summary>
    internal readonly record struct Result(IReadOnlyDictionary<string, string> Metadata, string Body, int BodyFirstLine, int? ErrorLine, string? Error);

    public static Result Split(string text)
    {
        var empty = new Dictionary<string, string>();
        if (!text.StartsWith("---", StringComparison.Ordinal) || (text.Length > 3 && text[3] is not ('\n' or '\r')))
        {
            return new Result(empty, text, 1, null, null);
        }
        int firstBreak = text.IndexOf('\n');
        int position = firstBreak + 1;
        int line = 2;
        while (position < text.Length)
        {
            int end = text.IndexOf('\n', position);
            var current = (end < 0 ? text[position..] : text[position..end]).TrimEnd('\r');
            if (current is "---" or "...")
            {
                var yaml = text[(firstBreak + 1)..position];
                var body = end < 0 ? string.Empty : text[(end + 1)..];
                return Parse(yaml, body, line + 1);
            }
            if (end < 0)
            {
                break;
            }
            position = end + 1;
            line++;
        }
        return new Result(empty, text, 1, 1, "front matter: opening '---' has no closing '---'");
    }

    private static Result Parse(string yaml, string body, int bodyFirstLine)
    {
        try
        {
            // The representation model, not the object deserializer: it builds no types by reflection, so it also
            // runs in the native (ahead-of-time compiled) command line.
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
            if (stream.Documents.Count == 0 || IsNull(stream.Documents[0].RootNode))
            {
                return new Result(metadata, body, bodyFirstLine, null, null);
            }
            if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                return Failure(body, bodyFirstLine, stream.Documents[0].RootNode.Start, "front matter: expected 'key: value' lines");
            }
            foreach (var (key, value) in mapping.Children)
            {
                if (key is not YamlScalarNode { Value: { } name })
                {
                    return Failure(body, bodyFirstLine, key.Start, "front matter: a key must be plain text");
                }
                metadata[name.Trim().ToLowerInvariant()] = Flatten(value);
            }
            return new Result(metadata, body, bodyFirstLine, null, null);
        }
        catch (YamlException exception)
        {
            var reason = exception.InnerException?.Message ?? exception.Message;
            return Failure(body, bodyFirstLine, exception.Start, $"front matter: invalid YAML: {reason.Split('\n')[0].Trim()}");
        }
    }

    private static Result Failure(string body, int bodyFirstLine, Mark start, string error) =>
        // YAML lines count from 1 after the opening '---', which is the file's line 1.
        new(new Dictionary<string, string>(), body, bodyFirstLine, (int)start.Line + 1, error);

    /// <summary>A plain scalar YAML reads as null: empty, '~' or 'null' in any of its spellings.</summary>
    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static string Flatten(YamlNode node) => node switch
    {
        _ when IsNull(node) => string.Empty,
        YamlScalarNode scalar => scalar.Value ?? string.Empty,
        YamlSequenceNode sequence => string.Join("; ", sequence.Children.Select(Flatten)),
        YamlMappingNode mapping => string.Join("; ", mapping.Children.Select(pair => $"{Flatten(pair.Key)}: {Flatten(pair.Value)}")),
        _ => string.Empty,
    };
}
