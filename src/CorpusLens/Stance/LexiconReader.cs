using System.Globalization;
using CorpusLens.Text;

namespace CorpusLens.Stance;

/// <summary>
/// Reads and validates a lexicon file: tab-separated, a header line <c>term	language	pole	weight</c>, one cue per
/// line, blank lines and lines starting with '#' ignored. Every error names the file, the line and the reason.
/// </summary>
internal static class LexiconReader
{
    public static readonly string[] Header = ["term", "language", "pole", "weight"];

    public static Lexicon Read(TextReader reader, string fileName, LexiconScale scale)
    {
        var cues = new List<LexiconCue>();
        bool headerSeen = false;
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }
            var fields = line.Split('\t');
            if (!headerSeen)
            {
                if (!fields.Select(field => field.Trim().ToLowerInvariant()).SequenceEqual(Header))
                {
                    throw Error(fileName, lineNumber, $"expected the header 'term<TAB>language<TAB>pole<TAB>weight', found '{Shorten(trimmed)}'");
                }
                headerSeen = true;
                continue;
            }
            cues.Add(ParseCue(fields, fileName, lineNumber, scale));
        }
        if (!headerSeen)
        {
            throw Error(fileName, Math.Max(lineNumber, 1), "empty lexicon: expected the header 'term<TAB>language<TAB>pole<TAB>weight'");
        }
        return Lexicon.Create(scale, cues, fileName);
    }

    private static LexiconCue ParseCue(string[] fields, string fileName, int lineNumber, LexiconScale scale)
    {
        if (fields.Length != 4)
        {
            throw Error(fileName, lineNumber, $"expected 4 tab-separated fields (term, language, pole, weight), found {fields.Length}");
        }
        var term = fields[0].Trim();
        var languageText = fields[1].Trim();
        var pole = fields[2].Trim().ToLowerInvariant();
        var weightText = fields[3].Trim();
        if (term.Length == 0)
        {
            throw Error(fileName, lineNumber, "missing term");
        }
        if (languageText.Length == 0)
        {
            throw Error(fileName, lineNumber, $"missing language for '{term}' (expected fr, de or en)");
        }
        var language = Language.Normalize(languageText);
        if (!Language.Supported.Contains(language))
        {
            throw Error(fileName, lineNumber, $"unknown language '{languageText}' for '{term}' (expected fr, de or en)");
        }
        if (scale.Sign(pole) == 0)
        {
            throw Error(fileName, lineNumber, $"unknown pole '{fields[2].Trim()}' for '{term}' (expected {scale.NegativePole} or {scale.PositivePole})");
        }
        if (!double.TryParse(weightText, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight)
            || !double.IsFinite(weight) || weight <= 0 || weight > 100)
        {
            throw Error(fileName, lineNumber, $"bad weight '{weightText}' for '{term}' (expected a number above 0 and at most 100, with a '.' decimal point)");
        }
        return new LexiconCue(term, language, pole, weight) { Line = lineNumber };
    }

    public static CorpusLensException Error(string fileName, int line, string reason) =>
        new(line > 0 ? $"{fileName}:{line}: {reason}" : $"{fileName}: {reason}");

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
