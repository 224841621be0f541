namespace CorpusLens.Text;

/// <summary>
/// Turns a case-folded unit (word or n-gram) of a given language into the key it is counted under, or null when
/// it is dropped (stopword, number, too short). Runs once per distinct unit and language, never per token.
/// </summary>
internal sealed class TermMapper
{
    private readonly TermOptions options;
    private readonly HashSet<string> extraStopwords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> extraStopLookup;

    /// <summary>A mapper for <paramref name="options"/> (stop lists, extra stopwords, stemming, n-gram size).</summary>
    public TermMapper(TermOptions options)
    {
        this.options = options;
        extraStopwords = new HashSet<string>(options.ExtraStopwords.Select(word => CaseFolding.Fold(word)), StringComparer.Ordinal);
        extraStopLookup = extraStopwords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// As <see cref="Map"/> for a unit given as characters: false when the unit is dropped in
    /// <paramref name="languageClass"/>; else true, with <paramref name="stemmed"/> false when the unit is counted as
    /// itself, or true and the key it is counted under in <paramref name="key"/> (valid until this thread's next call:
    /// it may be the stemmer's own buffer). <paramref name="stemmers"/>: this thread's stemmers, or null not to stem
    /// at all (a unit's stopword and number tests need no stem). <paramref name="stops"/>: the unit's stop-list bits
    /// (<see cref="CountingWorker.FoldedStops"/>; used for single words, n-grams look their words up).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public bool TryMap(ReadOnlySpan<char> folded, int languageClass, bool properName, byte stops, ThreadStemmers? stemmers, out bool stemmed, out ReadOnlySpan<char> key)
    {
        stemmed = false;
        key = default;
        if (options.NGram == 1)
        {
            if (folded.Length < options.MinimumLength
                || (options.RemoveStopwords && !properName && IsStopword(folded, languageClass, stops)))
            {
                return false;
            }
            if (IsNumber(folded))
            {
                return options.IncludeNumbers;
            }
            if (stemmers is not null && options.Stem && !properName)
            {
                stemmed = TryStem(stemmers, folded, languageClass, out key);
            }
            return true;
        }
        int firstSpace = folded.IndexOf(' ');
        int lastSpace = folded.LastIndexOf(' ');
        if (DropsNGramEndingIn(firstSpace < 0 ? folded : folded[..firstSpace], languageClass)
            || DropsNGramEndingIn(folded[(lastSpace + 1)..], languageClass))
        {
            return false;
        }
        foreach (var part in folded.Split(' '))
        {
            if (DropsNGramContaining(folded[part]))
            {
                return false;
            }
        }
        if (stemmers is not null && options.Stem)
        {
            var joined = new System.Text.StringBuilder(folded.Length);
            int parts = 0;
            foreach (var part in folded.Split(' '))
            {
                if (parts++ > 0)
                {
                    joined.Append(' ');
                }
                var word = folded[part];
                joined.Append(TryStem(stemmers, word, languageClass, out var stemmedWord) ? stemmedWord : word);
            }
            key = joined.ToString();
            stemmed = !folded.SequenceEqual(key);
        }
        return true;
    }

    /// <summary>Whether an n-gram that starts or ends with the folded word <paramref name="word"/> is dropped in <paramref name="languageClass"/> (a stopword there).</summary>
    public bool DropsNGramEndingIn(ReadOnlySpan<char> word, int languageClass) => options.RemoveStopwords && IsStopword(word, languageClass);

    /// <summary>Whether an n-gram with the folded word <paramref name="word"/> anywhere in it is dropped (a number, when numbers are left out).</summary>
    public bool DropsNGramContaining(ReadOnlySpan<char> word) => !options.IncludeNumbers && IsNumber(word);

    /// <summary>Whether the single word <paramref name="folded"/> is a stopword of <paramref name="languageClass"/>, its stop-list bits given.</summary>
    private bool IsStopword(ReadOnlySpan<char> folded, int languageClass, byte stops) =>
        (folded.Length > 0 && folded[^1] == '\'') // an elision: l', d', qu'
        || (extraStopwords.Count > 0 && extraStopLookup.Contains(folded))
        || (languageClass < 3 && (stops & (1 << languageClass)) != 0);

    private bool IsStopword(ReadOnlySpan<char> folded, int languageClass) =>
        IsStopword(folded, languageClass, languageClass < 3 ? Stopwords.FoldedMask(folded) : (byte)0);

    private static bool TryStem(ThreadStemmers stemmers, ReadOnlySpan<char> folded, int languageClass, out ReadOnlySpan<char> stem)
    {
        if (languageClass >= 3 || folded.Length < 3 || !IsStemmable(folded))
        {
            stem = default;
            return false;
        }
        return stemmers.TryStem(folded, languageClass, out stem);
    }

    private static bool IsStemmable(ReadOnlySpan<char> folded)
    {
        foreach (char c in folded)
        {
            if (!char.IsLetter(c) && c != '-' && c != '\'')
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsNumber(ReadOnlySpan<char> folded)
    {
        if (folded.Length == 0 || !char.IsDigit(folded[0]))
        {
            return false;
        }
        foreach (char c in folded)
        {
            if (!char.IsDigit(c) && c is not ('.' or ','))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The key of <paramref name="folded"/> in <paramref name="languageClass"/>, or null when dropped.</summary>
    public string? Map(string folded, int languageClass, bool properName)
    {
        if (options.NGram == 1)
        {
            return MapWord(folded, languageClass, properName);
        }
        var parts = folded.Split(' ');
        if (DropsNGramEndingIn(parts[0], languageClass) || DropsNGramEndingIn(parts[^1], languageClass)
            || parts.Any(part => DropsNGramContaining(part)))
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

    /// <summary>Whether <paramref name="folded"/> is dropped as a stopword in <paramref name="languageClass"/>: an elision, an extra stopword or on the class's stop list.</summary>
    public bool IsStopword(string folded, int languageClass) => IsStopword(folded.AsSpan(), languageClass);

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
