namespace CorpusLens.Text;

/// <summary>
/// Proper names are counted as themselves in every language: never stemmed, so Microsoft, OpenAI or Nadella are
/// one term whether the article is French, German or English. A word is a proper name when it is in
/// <see cref="Known"/> or in <see cref="TermOptions.ExtraProperNames"/>, or when the corpus shows it as one:
/// written with a capital in at least 90% of at least 2 occurrences, and either seen in a French, English or
/// undetermined article (German capitalises every noun, so capitals alone prove nothing there) or written with a
/// capital after the first letter (OpenAI, KI, DeepMind).
/// </summary>
public static class ProperNames
{
    /// <summary>Names of the field known in advance, case-folded.</summary>
    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "microsoft", "openai", "google", "alphabet", "deepmind", "anthropic", "meta", "facebook", "amazon", "apple",
        "nvidia", "mistral", "altman", "nadella", "musk", "gates", "brockman", "sutskever", "pichai", "zuckerberg",
        "hassabis", "amodei", "murati", "scott", "chatgpt", "gpt", "copilot", "bing", "azure", "gemini", "bard",
        "claude", "llama", "xai", "hugging", "huggingface",
    };

    /// <summary>The share of capitalised occurrences from which a word counts as a name.</summary>
    public const double CapitalisedShare = 0.9;

    /// <summary>Applies the rule above to one case-folded word and what the corpus showed of it.</summary>
    /// <param name="folded">The case-folded word.</param>
    /// <param name="occurrences">How often it occurs.</param>
    /// <param name="capitalised">How many of those start with a capital letter.</param>
    /// <param name="innerCapital">How many of those have a capital after the first letter.</param>
    /// <param name="outsideGerman">Whether it occurs in an article that is not German.</param>
    /// <param name="extra">User-given names, case-folded.</param>
    public static bool IsProperName(string folded, long occurrences, long capitalised, long innerCapital, bool outsideGerman, IReadOnlySet<string>? extra = null)
    {
        return IsProperName(Known.Contains(folded) || (extra?.Contains(folded) ?? false), occurrences, capitalised, innerCapital, outsideGerman);
    }

    /// <summary>The rule above, told whether the word is a known (or user-given) name instead of the word itself.</summary>
    internal static bool IsProperName(bool known, long occurrences, long capitalised, long innerCapital, bool outsideGerman)
    {
        if (known)
        {
            return true;
        }
        if (occurrences < 2 || capitalised < CapitalisedShare * occurrences)
        {
            return false;
        }
        return outsideGerman || innerCapital >= CapitalisedShare * occurrences;
    }
}
