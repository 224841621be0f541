namespace CorpusLens.Text;

/// <summary>
/// Turns a case-folded unit (word or n-gram) of a given language into the key it is counted under, or null when
/// it is dropped (stopword, number, too short). Runs once per distinct unit and language, never per token.
/// </summary>
internal sealed class TermMapper
{
    private readonly TermOptions options;
    private readonly IReadOnlySet<string>?[] stopSets = new IReadOnlySet<string>?[LanguageClass.Count];
    private readonly HashSet<string> extraStopwords;

    public TermMapper(TermOptions options)
    {
        this.options = options;
        extraStopwords = new HashSet<string>(options.ExtraStopwords.Select(word => CaseFolding.Fold(word)), StringComparer.Ordinal);
        for (int c = 0; c < 3; c++)
        {
            stopSets[c] = Stopwords.Folded(LanguageClass.Code(c));
        }
    }

    /// <summary>The key of <paramref name="folded"/> in <paramref name="languageClass"/>, or null when dropped.</summary>
    public string? Map(string folded, int languageClass, bool properName)
    {
        if (options.NGram == 1)
        {
            return MapWord(folded, languageClass, properName);
        }
        var parts = folded.Split(' ');
        if (options.RemoveStopwords && (IsStopword(parts[0], languageClass) || IsStopword(parts[^1], languageClass)))
        {
            return null;
        }
        if (!options.IncludeNumbers && parts.Any(IsNumber))
        {
            return null;
        }
        if (options.Stem)
        {
            for (int i = 0; i < parts.Length; i++)
            {
                parts[i] = StemOf(parts[i], languageClass);
            }
            return string.Join(' ', parts);
        }
        return folded;
    }

    private string? MapWord(string folded, int languageClass, bool properName)
    {
        if (folded.Length < options.MinimumLength)
        {
            return null;
        }
        if (options.RemoveStopwords && !properName && IsStopword(folded, languageClass))
        {
            return null;
        }
        if (IsNumber(folded))
        {
            return options.IncludeNumbers ? folded : null;
        }
        return options.Stem && !properName ? StemOf(folded, languageClass) : folded;
    }

    public bool IsStopword(string folded, int languageClass)
    {
        if (folded.Length > 0 && folded[^1] == '\'')
        {
            return true; // an elision: l', d', qu'
        }
        if (extraStopwords.Contains(folded))
        {
            return true;
        }
        var set = stopSets[languageClass];
        return set is not null && set.Contains(folded);
    }

    private static string StemOf(string folded, int languageClass)
    {
        if (languageClass >= 3 || folded.Length < 3 || !folded.All(c => char.IsLetter(c) || c == '-' || c == '\''))
        {
            return folded; // numbers, addresses and words of other languages are kept as they are
        }
        // Each distinct word is stemmed once per index, so the stemmer's shared cache would only hold memory.
        return Stemmer.For(LanguageClass.Code(languageClass)).StemUncached(folded);
    }

    private static bool IsNumber(string folded) =>
        folded.Length > 0 && char.IsDigit(folded[0]) && folded.All(c => char.IsDigit(c) || c is '.' or ',');
}
