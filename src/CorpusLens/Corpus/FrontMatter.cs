using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace CorpusLens;

/// <summary>
/// YAML front matter at the top of a text or Markdown file: a line '---', YAML key: value pairs, a line '---'.
/// Keys are lower-cased; values are kept as text (lists joined with "; ").
/// </summary>
internal static class FrontMatter
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

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
            var values = Yaml.Deserialize<Dictionary<string, object?>>(yaml) ?? [];
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in values)
            {
                metadata[key.Trim().ToLowerInvariant()] = Flatten(value);
            }
            return new Result(metadata, body, bodyFirstLine, null, null);
        }
        catch (YamlException exception)
        {
            int line = (int)exception.Start.Line + 1; // YAML lines count from 1 after the opening '---'
            var reason = exception.InnerException?.Message ?? exception.Message;
            return new Result(new Dictionary<string, string>(), body, bodyFirstLine, line,
                $"front matter: invalid YAML: {reason.Split('\n')[0].Trim()}");
        }
    }

    private static string Flatten(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        IEnumerable<object?> list => string.Join("; ", list.Select(Flatten)),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
