using CorpusLens.Text;

namespace CorpusLens.Stance;

/// <summary>
/// Scores a text against a bipolar lexicon: finds the cues (longest stem sequence first), applies negation
/// (forward scope up to the clause end or <see cref="ScoringOptions.NegationWindow"/> tokens; German nicht/nie
/// also backwards when nothing follows it) and intensifiers, then sums the weights per pole.
/// </summary>
/// <example><code>var score = PolarityScorer.Score("L’innovation ne doit pas être bridée.", "fr", StanceLexicon.Default);</code></example>
public static class PolarityScorer
{
    /// <summary>Scores <paramref name="text"/> written in <paramref name="language"/> (fr, de, en; other languages find no cues).</summary>
    public static PolarityScore Score(string text, string language, Lexicon lexicon, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lexicon);
        options ??= ScoringOptions.Default;
        var code = Language.Normalize(language);
        var tokens = CueTokens.Of(text, code);
        var matches = FindMatches(tokens, code, lexicon, options);
        var hits = new List<CueHit>(matches.Count);
        double negative = 0, positive = 0;
        foreach (var match in matches)
        {
            var hit = ToHit(match, text, tokens, lexicon.Scale, options);
            hits.Add(hit);
            if (lexicon.Scale.Sign(hit.Pole) < 0)
            {
                negative += hit.Weight;
            }
            else
            {
                positive += hit.Weight;
            }
        }
        double score = PolarityScore.NetScore(negative, positive);
        return new PolarityScore(negative, positive, score, PolarityScore.LabelOf(score, options.Threshold, lexicon.Scale), hits);
    }

    private sealed class Match(LexiconCue cue, int first, int last)
    {
        public LexiconCue Cue { get; } = cue;
        public int First { get; } = first;
        public int Last { get; } = last;
        public int NegatorFirst { get; set; } = -1;
        public int NegatorLast { get; set; } = -1;
        public int IntensifierFirst { get; set; } = -1;
        public double Intensity { get; set; } = 1.0;
    }

    private static List<Match> FindMatches(List<CueToken> tokens, string language, Lexicon lexicon, ScoringOptions options)
    {
        var matches = new List<Match>();
        var state = new ScopeState();
        int i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (token.Clause != state.Clause)
            {
                bool continuesIntensifier = state.IntensifierLast == i - 1 && Modifiers.IntensifierFactor(token.Lower, language) != 1.0;
                state.NewClause(token.Clause, keepIntensifier: continuesIntensifier);
            }
            if (state.PredicateLast >= 0 && i - state.PredicateLast >= 2 && Modifiers.IsDeterminer(token.Lower, language))
            {
                state.PredicateFirst = state.PredicateLast = -1;
            }
            var cue = lexicon.Match(tokens, i, language, minimumLength: 2);
            if (cue is null)
            {
                switch (Modifiers.Classify(token.Lower, language, state.FrenchNe >= 0))
                {
                    case NegatorKind.FrenchNe:
                        state.FrenchNe = i;
                        i++;
                        continue;
                    case NegatorKind.Predicate:
                        if (state.PredicateLast < 0 || i - state.PredicateLast > options.NegationWindow)
                        {
                            state.PredicateFirst = state.FrenchNe >= 0 ? state.FrenchNe : i;
                        }
                        state.PredicateLast = i;
                        i++;
                        continue;
                    case NegatorKind.NounPhrase:
                        state.NounPhrase = i;
                        i++;
                        continue;
                }
                double factor = Modifiers.IntensifierFactor(token.Lower, language);
                if (factor != 1.0)
                {
                    if (state.IntensifierFirst < 0 || i - state.IntensifierLast > 1)
                    {
                        state.IntensifierFirst = i;
                        state.Intensity = 1.0;
                    }
                    state.Intensity = Math.Min(state.Intensity * factor, options.MaximumIntensity);
                    state.IntensifierLast = i;
                    i++;
                    continue;
                }
                if (!token.IsStopword)
                {
                    cue = lexicon.Match(tokens, i, language, minimumLength: 1);
                }
                if (cue is null && language == Language.German && token.IsCapitalized && state.NounPhrase >= 0 && i > state.NounPhrase)
                {
                    // A German noun that is not a cue ends the noun phrase a negator (ohne, kein) governs.
                    state.NounPhrase = -1;
                }
            }
            if (cue is null)
            {
                i++;
                continue;
            }
            var match = new Match(cue, i, i + cue.Stems.Count - 1);
            Negate(match, tokens, language, state, options);
            if (state.IntensifierLast >= 0 && i - state.IntensifierLast <= options.IntensifierWindow)
            {
                match.IntensifierFirst = state.IntensifierFirst;
                match.Intensity = state.Intensity;
                state.Intensity = 1.0;
                state.IntensifierFirst = state.IntensifierLast = -1;
            }
            matches.Add(match);
            i = match.Last + 1;
        }
        if (language == Language.German)
        {
            NegateBackwards(matches, tokens, options);
        }
        return matches;
    }

    /// <summary>Marks <paramref name="match"/> negated when a predicate negator, a noun-phrase negator or a French ne … pas covers it.</summary>
    private static void Negate(Match match, List<CueToken> tokens, string language, ScopeState state, ScoringOptions options)
    {
        if (state.PredicateLast >= 0 && match.First - state.PredicateLast <= options.NegationWindow)
        {
            match.NegatorFirst = state.PredicateFirst;
            match.NegatorLast = state.PredicateLast;
            return;
        }
        if (state.NounPhrase >= 0 && match.First - state.NounPhrase <= Modifiers.NounPhraseWindow)
        {
            match.NegatorFirst = match.NegatorLast = state.NounPhrase;
            state.NounPhrase = -1;
            return;
        }
        if (language == Language.French && state.FrenchNe >= 0)
        {
            // "ne ralentissons pas": the cue stands between ne and its particle.
            for (int j = match.Last + 1; j < tokens.Count && j - match.Last <= options.NegationWindow && tokens[j].Clause == tokens[match.Last].Clause; j++)
            {
                if (Modifiers.FrenchParticles.Contains(tokens[j].Lower))
                {
                    match.NegatorFirst = state.FrenchNe;
                    match.NegatorLast = j;
                    return;
                }
            }
        }
    }

    /// <summary>German nicht/nie/niemals closing its clause negates the nearest cue before it ("Wir bremsen die Entwicklung nicht").</summary>
    private static void NegateBackwards(List<Match> matches, List<CueToken> tokens, ScoringOptions options)
    {
        for (int n = 0; n < tokens.Count; n++)
        {
            bool closesClause = n + 1 == tokens.Count || tokens[n + 1].Clause != tokens[n].Clause;
            if (!closesClause || !Modifiers.GermanTrailingNegators.Contains(tokens[n].Lower))
            {
                continue;
            }
            var before = matches.LastOrDefault(match => match.Last < n && tokens[match.Last].Clause == tokens[n].Clause
                && n - match.Last <= options.NegationWindow);
            if (before is not null && before.NegatorLast < 0)
            {
                before.NegatorFirst = before.NegatorLast = n;
            }
        }
    }

    /// <summary>The negators and intensifiers active at the current token.</summary>
    private sealed class ScopeState
    {
        public int Clause { get; private set; } = -1;
        public int PredicateFirst { get; set; } = -1;
        public int PredicateLast { get; set; } = -1;
        public int NounPhrase { get; set; } = -1;
        public int FrenchNe { get; set; } = -1;
        public int IntensifierFirst { get; set; } = -1;
        public int IntensifierLast { get; set; } = -1;
        public double Intensity { get; set; } = 1.0;

        public void NewClause(int clause, bool keepIntensifier)
        {
            Clause = clause;
            PredicateFirst = PredicateLast = NounPhrase = FrenchNe = -1;
            if (!keepIntensifier)
            {
                IntensifierFirst = IntensifierLast = -1;
                Intensity = 1.0;
            }
        }
    }

    private static CueHit ToHit(Match match, string text, List<CueToken> tokens, LexiconScale scale, ScoringOptions options)
    {
        int start = tokens[match.First].Start;
        int end = tokens[match.Last].End;
        bool negated = match.NegatorLast >= 0;
        var pole = negated ? scale.Opposite(match.Cue.Pole) : match.Cue.Pole;
        double weight = match.Cue.Weight * match.Intensity * (negated ? options.NegationFactor : 1.0);
        var negator = negated ? Words(text, tokens, match.NegatorFirst, match.NegatorLast) : string.Empty;
        var intensifier = match.IntensifierFirst >= 0 ? Words(text, tokens, match.IntensifierFirst, match.First - 1, contiguous: true) : string.Empty;
        return new CueHit(match.Cue, text[start..end], start, end, pole, weight, negator, intensifier, match.Intensity)
        {
            NegatorFollows = negated && match.NegatorFirst > match.Last,
        };
    }

    /// <summary>The words from <paramref name="first"/> to <paramref name="last"/>: as written when contiguous, else both ends joined with "…".</summary>
    private static string Words(string text, List<CueToken> tokens, int first, int last, bool contiguous = false)
    {
        if (first == last)
        {
            return text[tokens[first].Start..tokens[first].End];
        }
        if (contiguous)
        {
            return text[tokens[first].Start..tokens[last].End];
        }
        return text[tokens[first].Start..tokens[first].End] + "…" + text[tokens[last].Start..tokens[last].End];
    }
}
