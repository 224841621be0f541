namespace CorpusLens.Text;

/// <summary>The languages CorpusLens analyses, as ISO 639-1 codes.</summary>
public static class Language
{
    /// <summary>French.</summary>
    public const string French = "fr";

    /// <summary>German.</summary>
    public const string German = "de";

    /// <summary>English.</summary>
    public const string English = "en";

    /// <summary>Undetermined: not enough evidence to tell.</summary>
    public const string Undetermined = "und";

    /// <summary>The languages with stopwords, stemmers and lexicons: fr, de, en.</summary>
    public static IReadOnlyList<string> Supported { get; } = [French, German, English];

    /// <summary>Normalises a user-written language ("FR", "fr-CA", "french", "Deutsch") to fr, de or en; other values are lower-cased and kept.</summary>
    public static string Normalize(string? language)
    {
        var value = (language ?? string.Empty).Trim().ToLowerInvariant();
        if (value.Length == 0)
        {
            return Undetermined;
        }
        return value switch
        {
            "french" or "français" or "francais" or "fra" or "fre" => French,
            "german" or "deutsch" or "deu" or "ger" => German,
            "english" or "eng" => English,
            _ when value.Length > 2 && (value[2] == '-' || value[2] == '_') => value[..2],
            _ => value,
        };
    }
}
