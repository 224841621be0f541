using System.Text.RegularExpressions;

namespace CorpusLens;

/// <summary>
/// Applies a list of <see cref="BoilerplateRule"/>s to a text line by line: the one implementation of them, so that a
/// load (which keeps every removed line in <see cref="Article.RemovedLines"/>) and a streamed folder (which blanks
/// them in its own buffer, <see cref="Blank"/>) remove the same things. Rules are tried in order, each on what the
/// ones before it left of the line; a rule marked <see cref="BoilerplateRule.FirstLineOnly"/> only on the first
/// non-empty line, whole-line rules only on lines of at most <see cref="MaximumDebrisLineLength"/> characters, a
/// rule of <see cref="BoilerplateRules.All"/> only on a line that passes its quick test (<see cref="LineQuickTest"/>).
/// Patterns are matched without allocating (<see cref="Regex.EnumerateMatches(ReadOnlySpan{char})"/>); a match that
/// runs out of time is no match: a pathological line is kept rather than hanging the load. Thread-safe.
/// </summary>
internal sealed class BoilerplateRemover
{
    /// <summary>Whole-line rules only look at lines up to this length: debris lines are short, paragraphs are not.</summary>
    internal const int MaximumDebrisLineLength = 160;

    private const string DateGroup = "date";

    private readonly BoilerplateRule[] rules;
    private readonly bool[] givesDate; // per rule: its pattern has a "date" group, which sets an undated article's date
    private readonly LineQuickTest?[] quickTests; // per rule: a built-in rule's test that rules most lines out cheaply

    /// <summary>A remover of <paramref name="rules"/>, tried in their order.</summary>
    public BoilerplateRemover(IReadOnlyList<BoilerplateRule> rules)
    {
        this.rules = [.. rules];
        givesDate = [.. this.rules.Select(rule => rule.Pattern.GroupNumberFromName(DateGroup) >= 0)];
        quickTests = [.. this.rules.Select(BoilerplateRules.QuickTestOf)];
    }

    /// <summary>Whether there are no rules: the text is kept as it is.</summary>
    public bool IsEmpty => rules.Length == 0;

    /// <summary>
    /// Applies the rules to <paramref name="line"/> (one line, without its line break or a trailing '\r'): returns how
    /// many removals were made, with what is left in <paramref name="kept"/> (white space at its ends is the caller's to
    /// trim). The first date a rule's <c>date</c> group gives goes to <paramref name="date"/> when it is still null; each
    /// removal, with <paramref name="lineNumber"/>, to <paramref name="removed"/> when given.
    /// </summary>
    public int Apply(ReadOnlySpan<char> line, bool isFirst, out Range kept, ref string? date, List<RemovedLine>? removed = null, int lineNumber = 0)
    {
        int start = 0;
        int end = line.Length;
        int removals = 0;
        var ends = LineQuickTest.Ends(line);
        for (int index = 0; index < rules.Length; index++)
        {
            var rule = rules[index];
            var rest = line[start..end];
            if ((rule.FirstLineOnly && !isFirst) || (rule.Action == BoilerplateAction.RemoveLine && rest.Length > MaximumDebrisLineLength)
                || (quickTests[index] is { } quickTest && !quickTest.MayMatch(ends, rest)) || !TryMatch(rule.Pattern, rest, out int matchIndex, out int matchLength))
            {
                continue;
            }
            removals++;
            removed?.Add(new RemovedLine(lineNumber, (rule.Action == BoilerplateAction.RemoveLine ? rest : rest.Slice(matchIndex, matchLength)).ToString(), rule.Name));
            if (givesDate[index] && date is null)
            {
                date = DateOf(rule.Pattern, rest);
            }
            switch (rule.Action)
            {
                case BoilerplateAction.RemoveLine:
                    start = end;
                    break;
                case BoilerplateAction.RemovePrefix:
                    start += matchLength;
                    break;
                default:
                    end = start + matchIndex;
                    break;
            }
            ends = LineQuickTest.Ends(line[start..end]);
            if (ends is null)
            {
                break; // nothing but white space is left
            }
        }
        kept = start..end;
        return removals;
    }

    /// <summary>
    /// Applies the rules to every non-empty line of <paramref name="text"/> in place: what a rule removes becomes spaces,
    /// so that the text's tokens, and its contexts once line breaks are flattened, are those of the loaded article's
    /// text. Returns how many removals were made (the rows a load's <see cref="Article.RemovedLines"/> would have), with
    /// the date a rule gave in <paramref name="date"/> (null when none did).
    /// </summary>
    public int Blank(Span<char> text, out string? date)
    {
        date = null;
        int removals = 0;
        bool isFirst = true;
        int at = 0;
        while (at < text.Length)
        {
            int lineBreak = text[at..].IndexOf('\n');
            int next = lineBreak < 0 ? text.Length : at + lineBreak;
            var line = text[at..next];
            at = next + 1;
            if (line.Length > 0 && line[^1] == '\r')
            {
                line = line[..^1];
            }
            if (line.IsWhiteSpace())
            {
                continue;
            }
            int made = Apply(line, isFirst, out var kept, ref date);
            isFirst = false;
            if (made > 0)
            {
                removals += made;
                var (keptStart, keptLength) = kept.GetOffsetAndLength(line.Length);
                line[..keptStart].Fill(' ');
                line[(keptStart + keptLength)..].Fill(' ');
            }
        }
        return removals;
    }

    private static bool TryMatch(Regex pattern, ReadOnlySpan<char> line, out int index, out int length)
    {
        try
        {
            foreach (var match in pattern.EnumerateMatches(line))
            {
                index = match.Index;
                length = match.Length;
                return true;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological line is kept rather than hanging the load.
        }
        index = 0;
        length = 0;
        return false;
    }

    private static string? DateOf(Regex pattern, ReadOnlySpan<char> line)
    {
        try
        {
            return pattern.Match(line.ToString()).Groups[DateGroup] is { Success: true } group ? group.Value : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
