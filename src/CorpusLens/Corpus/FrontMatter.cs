using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CorpusLens;

/// <summary>
/// YAML front matter at the top of a text or Markdown file: a line '---', YAML key: value pairs, a line '---'.
/// Keys are lower-cased; values are kept as text (lists joined with "; ").
/// </summary>
internal static partial class FrontMatter
{
    /// <summary>The outcome: the metadata, the body and the line the body starts on; or an error with its line.</summary>
    internal readonly record struct Result(IReadOnlyDictionary<string, string> Metadata, string Body, int BodyFirstLine, int? ErrorLine, string? Error);

    public static Result Split(string text)
    {
        var empty = new Dictionary<string, string>();
        var bounds = Find(text);
        if (bounds is not { } found)
        {
            return new Result(empty, text, 1, null, null);
        }
        if (found.BodyStart < 0)
        {
            return new Result(empty, text, 1, 1, Unclosed);
        }
        return Parse(text[found.YamlStart..found.YamlEnd], text[found.BodyStart..], found.BodyFirstLine);
    }

    /// <summary>The error of a front matter with no closing line: reported on line 1.</summary>
    internal const string Unclosed = "front matter: opening '---' has no closing '---'";

    /// <summary>Where a text's front matter and body are (<see cref="Find"/>); <see cref="BodyStart"/> is -1 when the front matter is not closed.</summary>
    internal readonly record struct Bounds(int YamlStart, int YamlEnd, int BodyStart, int BodyFirstLine);

    /// <summary>
    /// The front matter of <paramref name="text"/>: null when it has none (its first line is not '---'); else where
    /// the YAML and the body start, the body after the first line that is '---' or '...'. The one rule for loading
    /// a corpus and for streaming it (<see cref="Text.TermCounter.CountFolder"/>).
    /// </summary>
    internal static Bounds? Find(ReadOnlySpan<char> text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal) || (text.Length > 3 && text[3] is not ('\n' or '\r')))
        {
            return null;
        }
        int firstBreak = text.IndexOf('\n');
        int yamlStart = firstBreak + 1;
        int position = yamlStart;
        int line = 2;
        while (position < text.Length)
        {
            int length = text[position..].IndexOf('\n');
            int end = length < 0 ? -1 : position + length;
            var current = (end < 0 ? text[position..] : text[position..end]).TrimEnd('\r');
            if (current is "---" or "...")
            {
                return new Bounds(yamlStart, position, end < 0 ? text.Length : end + 1, line + 1);
            }
            if (end < 0)
            {
                break;
            }
            position = end + 1;
            line++;
        }
        return new Bounds(yamlStart, text.Length, -1, 1);
    }

    /// <summary>Deeper nesting than this ends the front matter with an error, not the process with a stack overflow.</summary>
    internal const int MaximumDepth = 64;

    // YamlDotNet's parser is a state machine (no recursion, no reflection, so it also runs in the native build); the
    // values are flattened here in one loop. Its node model and its deserializer recurse once per level, and a
    // corpus file of 100,000 '[' overflowed the stack; both would also expand aliases (*name) into copies, so that a
    // few hundred bytes of front matter could become gigabytes of text.
    private static Result Parse(string yaml, string body, int bodyFirstLine)
    {
        var parsed = ParseMetadata(yaml);
        return new Result(parsed.Metadata, body, bodyFirstLine, parsed.ErrorLine, parsed.Error);
    }

    /// <summary>What <see cref="ParseMetadata"/> read: the keys and values, or an error and its line in the file.</summary>
    internal readonly record struct Parsed(Dictionary<string, string> Metadata, int? ErrorLine, string? Error);

    /// <summary>
    /// The keys (lower-cased) and values of the YAML between the '---' lines (<see cref="Bounds.YamlStart"/> to
    /// <see cref="Bounds.YamlEnd"/>); on an error, no keys, the error and its line counted from the file's first line.
    /// </summary>
    internal static Parsed ParseMetadata(string yaml)
    {
        var plain = new Dictionary<string, string>(StringComparer.Ordinal);
        return TryParsePlain(yaml, plain) ? new Parsed(plain, null, null) : ParseYaml(yaml);
    }

    /// <summary>As <see cref="ParseMetadata"/>, always through the YAML parser.</summary>
    internal static Parsed ParseYaml(string yaml)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        var parser = new Parser(new StringReader(yaml));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return new Parsed(metadata, null, null);
            }
            parser.Consume<DocumentStart>();
            if (parser.Current is Scalar root && IsNull(root))
            {
                return new Parsed(metadata, null, null);
            }
            if (!parser.TryConsume<MappingStart>(out _))
            {
                return Failure(parser.Current!.Start, "front matter: expected 'key: value' lines");
            }
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                if (parser.Current is not Scalar key)
                {
                    return Failure(parser.Current!.Start, "front matter: a key must be plain text");
                }
                var name = key.Value.Trim().ToLowerInvariant();
                if (metadata.ContainsKey(name))
                {
                    return Failure(key.Start, $"front matter: key '{name}' is given twice");
                }
                parser.MoveNext();
                var (value, problem, where) = ReadValue(parser);
                if (problem is not null)
                {
                    return Failure(where, problem);
                }
                metadata[name] = value;
            }
            return new Parsed(metadata, null, null);
        }
        catch (YamlException exception)
        {
            var reason = exception.InnerException?.Message ?? exception.Message;
            return Failure(exception.Start, $"front matter: invalid YAML: {reason.Split('\n')[0].Trim()}");
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            // On some malformed input YamlDotNet throws these instead of a YamlException (a global tag that is not a
            // URI; a plain scalar its scanner loses track of); both found by FrontMatterTests' property test.
            var where = parser.Current?.Start ?? Mark.Empty;
            return Failure(where, $"front matter: invalid YAML: {exception.Message.Split(" (Parameter")[0].Trim()}");
        }
    }

    /// <summary>
    /// Reads one value (a scalar, or a list or mapping nested up to <see cref="MaximumDepth"/> levels) as text:
    /// list items joined with "; ", mapping entries as "key: value" joined with "; ".
    /// </summary>
    private static (string Value, string? Problem, Mark Where) ReadValue(IParser parser)
    {
        if (parser.Current is MappingEnd or SequenceEnd)
        {
            // A key whose value the parser dropped (" : *::" gives a key and then the mapping's end): empty.
            return (string.Empty, null, default);
        }
        var text = new StringBuilder();
        var counts = new Stack<(bool Mapping, int Nodes)>(); // per open collection: kind, nodes seen so far
        do
        {
            var current = parser.Current!;
            if (current is SequenceEnd or MappingEnd)
            {
                counts.Pop();
                parser.MoveNext();
                continue;
            }
            if (counts.Count > 0)
            {
                var (mapping, nodes) = counts.Pop();
                text.Append(!mapping ? (nodes > 0 ? "; " : "") : nodes % 2 == 1 ? ": " : nodes > 0 ? "; " : "");
                counts.Push((mapping, nodes + 1));
            }
            switch (current)
            {
                case Scalar scalar:
                    text.Append(IsNull(scalar) ? string.Empty : scalar.Value);
                    break;
                case SequenceStart or MappingStart when counts.Count == MaximumDepth:
                    return (string.Empty, $"front matter: nested more than {MaximumDepth} levels deep", current.Start);
                case SequenceStart:
                    counts.Push((false, 0));
                    break;
                case MappingStart:
                    counts.Push((true, 0));
                    break;
                case AnchorAlias alias:
                    return (string.Empty, $"front matter: aliases (*{alias.Value}) are not read", current.Start);
                default:
                    return (string.Empty, $"front matter: unexpected {current.GetType().Name}", current.Start);
            }
            parser.MoveNext();
        }
        while (counts.Count > 0);
        return (text.ToString(), null, default);
    }

    private static Parsed Failure(Mark start, string error) =>
        // YAML lines count from 1 after the opening '---', which is the file's line 1.
        new(new Dictionary<string, string>(), (int)start.Line + 1, error);

    /// <summary>A plain scalar YAML reads as null: empty, '~' or 'null' in any of its spellings.</summary>
    private static bool IsNull(Scalar scalar) =>
        scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
}
