using CorpusLens.Text;

namespace CorpusLens.Stance;

/// <summary>
/// The negators and intensifiers of French, German and English that modify a cue (documented in docs/stance.md).
/// Words are compared in lower case, unstemmed.
/// </summary>
public static class Modifiers
{
    /// <summary>
    /// Negators of a predicate, by language: their scope runs forward to the end of the clause, at most
    /// <see cref="ScoringOptions.NegationWindow"/> tokens, and stops at a determiner that opens an object
    /// ("pour ne pas rater la révolution": révolution is not negated). French "ne" is handled apart (see <see cref="FrenchNe"/>).
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> PredicateNegators { get; } = new Dictionary<string, IReadOnlySet<string>>
    {
        [Language.French] = Set("pas", "jamais", "rien", "nullement", "aucunement"),
        [Language.German] = Set("nicht", "nie", "niemals", "nichts", "keineswegs", "keinesfalls"),
        [Language.English] = Set("not", "never", "cannot", "nothing", "nobody"),
    };

    /// <summary>
    /// Negators of the noun phrase that follows them (sans, ohne, without, kein, aucun, no): they negate the first
    /// cue within <see cref="NounPhraseWindow"/> tokens and no other.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> NounPhraseNegators { get; } = new Dictionary<string, IReadOnlySet<string>>
    {
        [Language.French] = Set("sans", "aucun", "aucune", "ni"),
        [Language.German] = Set("ohne", "kein", "keine", "keinen", "keinem", "keiner", "keines", "weder"),
        [Language.English] = Set("without", "no", "none", "neither", "nor"),
    };

    /// <summary>How many tokens after a noun-phrase negator its cue may start ("sans aucun véritable garde-fou").</summary>
    public const int NounPhraseWindow = 3;

    /// <summary>
    /// French "ne" and "n'": they negate only with a second particle in the same clause (ne … pas, ne … plus,
    /// ne … jamais, ne … rien, ne … guère, ne … point, ne … aucun, ne … personne); alone they are expletive
    /// ("craignent que l’automatisation ne menace") and negate nothing.
    /// </summary>
    public static IReadOnlySet<string> FrenchNe { get; } = Set("ne", "n'");

    /// <summary>The particles that complete a French "ne" (plus, guère, point and personne negate only after "ne").</summary>
    public static IReadOnlySet<string> FrenchParticles { get; } = Set("pas", "plus", "jamais", "rien", "guère", "point", "aucun", "aucune", "personne", "nullement");

    /// <summary>Determiners, by language: after the first word of a predicate negation's scope they close it.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Determiners { get; } = new Dictionary<string, IReadOnlySet<string>>
    {
        [Language.French] = Set("le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cette", "ces", "son", "sa", "ses", "leur", "leurs"),
        [Language.German] = Set("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "sein", "seine", "ihre", "ihren"),
        [Language.English] = Set("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"),
    };

    /// <summary>German negators that, when no cue follows them in their clause, negate the cue just before them (verb-second order: "Wir bremsen die Entwicklung nicht").</summary>
    public static IReadOnlySet<string> GermanTrailingNegators { get; } = Set("nicht", "nie", "niemals");

    /// <summary>Intensifiers (factor above 1) and attenuators (factor below 1), by language.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Intensifiers { get; } =
        new Dictionary<string, IReadOnlyDictionary<string, double>>
        {
            [Language.French] = Factors(1.5, "très", "trop", "extrêmement", "vraiment", "particulièrement", "hautement",
                "tellement", "profondément", "terriblement", "énormément", "considérablement", "absolument")
                .Concat(Factors(0.5, "peu", "légèrement", "assez", "plutôt")).ToDictionary(),
            [Language.German] = Factors(1.5, "sehr", "äußerst", "extrem", "besonders", "höchst", "enorm", "allzu", "wirklich",
                "überaus", "zutiefst", "ungeheuer", "absolut", "so", "viel")
                .Concat(Factors(0.5, "etwas", "leicht", "ziemlich", "eher", "kaum")).ToDictionary(),
            [Language.English] = Factors(1.5, "very", "extremely", "highly", "really", "so", "too", "incredibly", "deeply",
                "particularly", "hugely", "enormously", "truly", "utterly", "absolutely", "seriously")
                .Concat(Factors(0.5, "slightly", "somewhat", "rather", "fairly", "barely", "hardly")).ToDictionary(),
        };

    /// <summary>What kind of negator <paramref name="lower"/> is in <paramref name="language"/>; <paramref name="afterNe"/> tells whether a French "ne" opened the clause.</summary>
    public static NegatorKind Classify(string lower, string language, bool afterNe)
    {
        if (language == Language.French && FrenchNe.Contains(lower))
        {
            return NegatorKind.FrenchNe;
        }
        if (NounPhraseNegators.TryGetValue(language, out var nounPhrase) && nounPhrase.Contains(lower))
        {
            return NegatorKind.NounPhrase;
        }
        if (PredicateNegators.TryGetValue(language, out var predicate) && predicate.Contains(lower))
        {
            return NegatorKind.Predicate;
        }
        return language switch
        {
            Language.French when afterNe && FrenchParticles.Contains(lower) => NegatorKind.Predicate,
            Language.English when lower.EndsWith("n't", StringComparison.Ordinal) => NegatorKind.Predicate,
            _ => NegatorKind.None,
        };
    }

    /// <summary>True when <paramref name="lower"/> is a determiner of <paramref name="language"/>.</summary>
    public static bool IsDeterminer(string lower, string language) =>
        Determiners.TryGetValue(language, out var determiners) && determiners.Contains(lower);

    /// <summary>The factor of an intensifier or attenuator, or 1 when <paramref name="lower"/> is neither.</summary>
    public static double IntensifierFactor(string lower, string language) =>
        Intensifiers.TryGetValue(language, out var factors) && factors.TryGetValue(lower, out var factor) ? factor : 1.0;

    private static IReadOnlySet<string> Set(params string[] words) => new HashSet<string>(words, StringComparer.Ordinal);

    private static IEnumerable<KeyValuePair<string, double>> Factors(double factor, params string[] words) =>
        words.Select(word => KeyValuePair.Create(word, factor));
}

/// <summary>The kinds of negator (see <see cref="Modifiers"/>).</summary>
public enum NegatorKind
{
    /// <summary>Not a negator.</summary>
    None,

    /// <summary>Negates the predicate that follows (pas, nicht, not, never).</summary>
    Predicate,

    /// <summary>Negates the noun phrase that follows (sans, ohne, kein, without, no).</summary>
    NounPhrase,

    /// <summary>French "ne"/"n'": negates only with a second particle in the clause.</summary>
    FrenchNe,
}
