using System.Globalization;
using System.Text;
using CorpusLens.Text;

namespace CorpusLens.Stance;

/// <summary>
/// An immutable bipolar lexicon (doomer/boomer or negative/positive cues for fr, de and en), matched on stems.
/// Load one with <see cref="StanceLexicon"/> or <see cref="SentimentLexicon"/>; change it at run time with
/// <see cref="With(string, string, StancePole, double)"/> and <see cref="Without"/>, which return new lexicons.
/// </summary>
/// <example>
/// <code>
/// var lexicon = StanceLexicon.Default
///     .With("accélérer", "fr", StancePole.Boomer, 2.0)
///     .Without("pause", "en");
/// var sentences = StanceAnalysis.Sentences(corpus, lexicon);
/// </code>
/// </example>
public sealed class Lexicon
{
    /// <summary>German one-word cues at least this long also match as the last part of a compound (Sicherheitsrisiko).</summary>
    private const int CompoundSuffixMinimum = 5;

    private readonly Dictionary<string, Dictionary<string, List<LexiconCue>>> byFirstStem;
    private readonly List<(string Word, LexiconCue Cue)> germanCompoundHeads;

    private Lexicon(LexiconScale scale, IReadOnlyList<LexiconCue> cues, string source)
    {
        Scale = scale;
        Cues = cues;
        Source = source;
        byFirstStem = Language.Supported.ToDictionary(language => language, _ => new Dictionary<string, List<LexiconCue>>(StringComparer.Ordinal));
        foreach (var cue in cues)
        {
            var index = byFirstStem[cue.Language];
            if (!index.TryGetValue(cue.Stems[0], out var list))
            {
                index[cue.Stems[0]] = list = [];
            }
            list.Add(cue);
        }
        foreach (var list in byFirstStem.Values.SelectMany(index => index.Values))
        {
            list.Sort((left, right) => right.Stems.Count.CompareTo(left.Stems.Count));
        }
        germanCompoundHeads = cues.Where(cue => cue.Language == Language.German && cue.Stems.Count == 1)
            .Select(cue => (Word: CueTokens.Normalize(cue.Term), Cue: cue))
            .Where(head => head.Word.Length >= CompoundSuffixMinimum)
            .ToList();
    }

    /// <summary>The scale: which poles the cues belong to.</summary>
    public LexiconScale Scale { get; }

    /// <summary>The cues, in file order (cues added with <c>With</c> come last).</summary>
    public IReadOnlyList<LexiconCue> Cues { get; }

    /// <summary>Where the lexicon came from (a file path, or "default stance lexicon").</summary>
    public string Source { get; }

    /// <summary>A lexicon from cues built in code; validated like a file (languages, poles, weights, duplicates).</summary>
    /// <exception cref="CorpusLensException">A cue is invalid or duplicates another.</exception>
    public static Lexicon Create(LexiconScale scale, IEnumerable<LexiconCue> cues, string source = "code")
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(cues);
        var list = new List<LexiconCue>();
        var seen = new Dictionary<string, LexiconCue>(StringComparer.Ordinal);
        foreach (var cue in cues)
        {
            var prepared = Prepare(scale, cue, source);
            var key = Key(prepared);
            if (seen.TryGetValue(key, out var first))
            {
                throw LexiconReader.Error(source, cue.Line,
                    $"duplicate entry '{cue.Term}' ({cue.Language}): same stems as '{first.Term}'{(first.Line > 0 ? $" on line {first.Line}" : string.Empty)}");
            }
            seen[key] = prepared;
            list.Add(prepared);
        }
        return new Lexicon(scale, list, source);
    }

    /// <summary>A new lexicon with the cue added, or reweighted/re-poled when a cue with the same stems exists.</summary>
    /// <param name="term">A word or multi-word expression.</param>
    /// <param name="language">fr, de or en.</param>
    /// <param name="pole">The pole name of this lexicon's scale (doomer, boomer, negative, positive).</param>
    /// <param name="weight">A positive weight (1 = ordinary cue).</param>
    /// <exception cref="CorpusLensException">The language, pole or weight is invalid.</exception>
    public Lexicon With(string term, string language, string pole, double weight)
    {
        var cue = Prepare(Scale, new LexiconCue(term, Language.Normalize(language), pole.Trim().ToLowerInvariant(), weight), "With");
        var key = Key(cue);
        var cues = Cues.Select(existing => Key(existing) == key ? cue : existing).ToList();
        if (!Cues.Any(existing => Key(existing) == key))
        {
            cues.Add(cue);
        }
        return new Lexicon(Scale, cues, Source);
    }

    /// <summary>A new lexicon with a doomer or boomer cue added or reweighted.</summary>
    /// <param name="term">A word or multi-word expression.</param>
    /// <param name="language">fr, de or en.</param>
    /// <param name="pole">Doomer or boomer.</param>
    /// <param name="weight">A positive weight (1 = ordinary cue).</param>
    public Lexicon With(string term, string language, StancePole pole, double weight) =>
        With(term, language, LexiconScale.Stance.PoleName((int)pole), weight);

    /// <summary>A new lexicon with a negative or positive cue added or reweighted.</summary>
    /// <param name="term">A word or multi-word expression.</param>
    /// <param name="language">fr, de or en.</param>
    /// <param name="pole">Negative or positive.</param>
    /// <param name="weight">A positive weight (1 = ordinary cue).</param>
    public Lexicon With(string term, string language, SentimentPole pole, double weight) =>
        With(term, language, LexiconScale.Sentiment.PoleName((int)pole), weight);

    /// <summary>A new lexicon without the cue whose stems equal those of <paramref name="term"/> (unchanged when absent).</summary>
    public Lexicon Without(string term, string language)
    {
        var code = Language.Normalize(language);
        var key = code + "\t" + string.Join(' ', CueTokens.Stems(term, code));
        return new Lexicon(Scale, Cues.Where(cue => Key(cue) != key).ToList(), Source);
    }

    /// <summary>Writes the lexicon in the file format that <see cref="StanceLexicon.Load"/> reads.</summary>
    public void Write(TextWriter writer)
    {
        writer.WriteLine($"# {Scale.Name} lexicon: term<TAB>language<TAB>pole ({Scale.NegativePole}|{Scale.PositivePole})<TAB>weight");
        writer.WriteLine(string.Join('\t', LexiconReader.Header));
        foreach (var cue in Cues)
        {
            writer.WriteLine($"{cue.Term}\t{cue.Language}\t{cue.Pole}\t{cue.Weight.ToString("0.###", CultureInfo.InvariantCulture)}");
        }
    }

    /// <summary>Saves the lexicon to <paramref name="path"/> (UTF-8), to edit it or load it again.</summary>
    public void Save(string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Write(writer);
    }

    /// <summary>The longest cue whose stems start at <paramref name="position"/> and have at least <paramref name="minimumLength"/> tokens.</summary>
    internal LexiconCue? Match(IReadOnlyList<CueToken> tokens, int position, string language, int minimumLength)
    {
        if (!byFirstStem.TryGetValue(language, out var index))
        {
            return null;
        }
        if (index.TryGetValue(tokens[position].Stem, out var candidates))
        {
            foreach (var cue in candidates)
            {
                if (cue.Stems.Count >= minimumLength && Matches(cue, tokens, position))
                {
                    return cue;
                }
            }
        }
        if (language == Language.German && minimumLength <= 1)
        {
            // Compounds are matched on the written word: its end must be the cue as written (Sicherheitsrisiken ends with
            // risiken), since the stemmer strips a long compound further than the cue alone.
            var word = tokens[position].Lower;
            LexiconCue? best = null;
            int bestLength = 0;
            foreach (var (head, cue) in germanCompoundHeads)
            {
                if (head.Length > bestLength && word.Length > head.Length && word.EndsWith(head, StringComparison.Ordinal))
                {
                    best = cue;
                    bestLength = head.Length;
                }
            }
            return best;
        }
        return null;
    }

    private static bool Matches(LexiconCue cue, IReadOnlyList<CueToken> tokens, int position)
    {
        if (position + cue.Stems.Count > tokens.Count)
        {
            return false;
        }
        for (int i = 0; i < cue.Stems.Count; i++)
        {
            if (!string.Equals(tokens[position + i].Stem, cue.Stems[i], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    private static LexiconCue Prepare(LexiconScale scale, LexiconCue cue, string source)
    {
        var term = (cue.Term ?? string.Empty).Trim();
        if (term.Length == 0)
        {
            throw LexiconReader.Error(source, cue.Line, "missing term");
        }
        if (!Language.Supported.Contains(cue.Language))
        {
            throw LexiconReader.Error(source, cue.Line, $"unknown language '{cue.Language}' for '{term}' (expected fr, de or en)");
        }
        if (scale.Sign(cue.Pole) == 0)
        {
            throw LexiconReader.Error(source, cue.Line, $"unknown pole '{cue.Pole}' for '{term}' (expected {scale.NegativePole} or {scale.PositivePole})");
        }
        if (!double.IsFinite(cue.Weight) || cue.Weight <= 0 || cue.Weight > 100)
        {
            throw LexiconReader.Error(source, cue.Line, $"bad weight '{cue.Weight.ToString(CultureInfo.InvariantCulture)}' for '{term}' (expected a number above 0 and at most 100)");
        }
        var stems = CueTokens.Stems(term, cue.Language);
        if (stems.Count == 0)
        {
            throw LexiconReader.Error(source, cue.Line, $"term '{term}' has no words");
        }
        return cue with { Term = term, Pole = cue.Pole.ToLowerInvariant(), Stems = stems };
    }

    private static string Key(LexiconCue cue) => cue.Language + "\t" + string.Join(' ', cue.Stems);
}
