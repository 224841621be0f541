using CorpusLens.Text;

namespace CorpusLens;

/// <summary>
/// The rule that takes an article's first line for its title when no metadata gives one: the first non-empty line,
/// when it is short (at most <see cref="MaximumLength"/> characters and <see cref="MaximumWords"/> words), more text
/// follows it, and it stands apart (an empty line or the end after it) or does not end like a sentence. A load
/// (<see cref="ArticleBuilder"/>) and a streamed folder (<see cref="Text.StreamedFolder"/>) both feed it the lines
/// the boilerplate rules left, so an article has the same title whichever way it is read.
/// </summary>
internal struct TitleLine
{
    /// <summary>A title line has at most this many characters.</summary>
    internal const int MaximumLength = 200;

    /// <summary>A title line has at most this many words.</summary>
    internal const int MaximumWords = 25;

    private int candidate; // index of the first non-empty line; -1: none yet
    private bool standsApart;
    private bool decided;
    private bool isTitle;

    /// <summary>A rule that has seen no line yet.</summary>
    public TitleLine()
    {
        candidate = -1;
    }

    /// <summary>
    /// Gives the rule line <paramref name="index"/> (0-based, lines in order, white space at its ends trimmed):
    /// true once the rule has decided, so that later lines need not be given.
    /// </summary>
    public bool Add(int index, ReadOnlySpan<char> line)
    {
        if (decided)
        {
            return true;
        }
        if (candidate < 0)
        {
            if (line.Length > 0)
            {
                candidate = index;
                if (line.Length > MaximumLength || Tokenizer.CountWords(line) > MaximumWords)
                {
                    decided = true; // too long: no title, whatever follows
                    return true;
                }
                bool endsLikeSentence = line.EndsWith('.') && !line.EndsWith("...");
                isTitle = !endsLikeSentence; // one that ends like a sentence is a title only when it stands apart
            }
            return false;
        }
        if (index == candidate + 1 && line.Length == 0)
        {
            standsApart = true;
        }
        if (line.Length > 0)
        {
            decided = true; // more text follows: the candidate is a title if it stands apart or reads as one
            isTitle |= standsApart;
            return true;
        }
        return false;
    }

    /// <summary>
    /// The index of the title line once every line was given (or <see cref="Add"/> said it had decided), or -1: no
    /// line is the title (none, a one-paragraph text, a line too long, a sentence run into the next line).
    /// </summary>
    public readonly int Title => decided && isTitle ? candidate : -1;

    /// <summary>The title line of <paramref name="text"/> (lines split at '\n', a '\r' before it dropped, each trimmed), or an empty span.</summary>
    public static ReadOnlySpan<char> Find(ReadOnlySpan<char> text)
    {
        var rule = new TitleLine();
        ReadOnlySpan<char> first = default;
        int index = 0;
        foreach (var range in text.Split('\n'))
        {
            var line = text[range].Trim();
            if (first.IsEmpty)
            {
                first = line;
            }
            if (rule.Add(index++, line))
            {
                break;
            }
        }
        return rule.Title >= 0 ? first : default;
    }
}
