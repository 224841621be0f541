namespace CorpusLens.Funding;

/// <summary>What a word means inside a spelled-out number.</summary>
internal enum NumberWordRole
{
    /// <summary>A value added to the current group: un, deux, vingt, fifty, neunzehn.</summary>
    Value,

    /// <summary>Multiplies the current group by 100: cent, hundred, hundert.</summary>
    Hundred,

    /// <summary>Multiplies the current group by 0.5 or 0.25 (half, quarter).</summary>
    Fraction,

    /// <summary>A scale word (mille, Million, Mrd, bn, k): closes a group and multiplies it.</summary>
    Scale,
}

/// <summary>Number words and scale words of French, German and English.</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, double> French = new(StringComparer.Ordinal)
    {
        ["zéro"] = 0, ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6,
        ["sept"] = 7, ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10, ["onze"] = 11, ["douze"] = 12, ["treize"] = 13,
        ["quatorze"] = 14, ["quinze"] = 15, ["seize"] = 16, ["vingt"] = 20, ["vingts"] = 20, ["trente"] = 30,
        ["quarante"] = 40, ["cinquante"] = 50, ["soixante"] = 60,
    };

    private static readonly Dictionary<string, double> English = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    // German morphemes, matched longest first inside compounds such as "achtundsiebzig" or "zweihundertfünf".
    private static readonly (string Morpheme, double Value)[] GermanMorphemes =
    [
        ("siebzehn", 17), ("sechzehn", 16), ("dreizehn", 13), ("vierzehn", 14), ("fünfzehn", 15), ("achtzehn", 18),
        ("neunzehn", 19), ("zwanzig", 20), ("dreißig", 30), ("dreissig", 30), ("vierzig", 40), ("fünfzig", 50),
        ("sechzig", 60), ("siebzig", 70), ("achtzig", 80), ("neunzig", 90), ("hundert", -100), ("tausend", -1000),
        ("zwölf", 12), ("sieben", 7), ("einen", 1), ("einem", 1), ("einer", 1), ("eines", 1), ("eins", 1),
        ("eine", 1), ("ein", 1), ("zwei", 2), ("zwo", 2), ("drei", 3), ("vier", 4), ("fünf", 5), ("sechs", 6),
        ("acht", 8), ("neun", 9), ("zehn", 10), ("elf", 11), ("null", 0), ("und", 0),
    ];

    /// <summary>The role and value of <paramref name="word"/> (lower case) in <paramref name="language"/>, or null.</summary>
    public static (NumberWordRole Role, double Value)? Lookup(string word, string language)
    {
        if (Scale(word, language) is { } scale)
        {
            return (NumberWordRole.Scale, scale);
        }
        switch (language)
        {
            case Text.Language.French:
                if (word is "cent" or "cents")
                {
                    return (NumberWordRole.Hundred, 100);
                }
                return French.TryGetValue(word, out var french) ? (NumberWordRole.Value, french) : null;
            case Text.Language.German:
                return German(word) is { } german ? (NumberWordRole.Value, german) : null;
            default:
                if (word == "hundred")
                {
                    return (NumberWordRole.Hundred, 100);
                }
                if (word is "half")
                {
                    return (NumberWordRole.Fraction, 0.5);
                }
                if (word is "quarter" or "quarters")
                {
                    return (NumberWordRole.Fraction, 0.25);
                }
                return English.TryGetValue(word, out var english) ? (NumberWordRole.Value, english) : null;
        }
    }

    /// <summary>
    /// The multiplier of a scale word or abbreviation, or null. English "billion" is 10^9; French "billion" and
    /// German "Billion" are 10^12 (long scale).
    /// </summary>
    public static double? Scale(string word, string language) => word switch
    {
        "mille" or "thousand" or "thousands" or "tausend" or "tsd" or "k" => 1e3,
        "lakh" or "lakhs" => 1e5,
        "crore" or "crores" => 1e7,
        "million" or "millions" or "millionen" or "mio" or "mn" or "mln" or "m" or "mill" => 1e6,
        "milliard" or "milliards" or "milliarde" or "milliarden" or "mrd" or "mrds" or "md" or "mds" or "mld" or "mlds" or "bn" or "bln" => 1e9,
        "billion" or "billions" => language == Text.Language.English ? 1e9 : 1e12,
        "billionen" or "tn" => 1e12,
        "trillion" or "trillions" => language == Text.Language.English ? 1e12 : 1e18,
        _ => null,
    };

    /// <summary>True for abbreviations that may be followed by a period that belongs to them (Mio., Mrd., Tsd.).</summary>
    public static bool IsAbbreviation(string word) =>
        word is "mio" or "mrd" or "mrds" or "md" or "mds" or "tsd" or "mill" or "mld" or "mln" or "bn" or "mn";

    /// <summary>
    /// Reads a German number word, simple or compound ("sieben", "achtundsiebzig", "zweihundertfünfzig"), or null.
    /// Runs in time linear in the word's length (a fixed set of morphemes is tried at each position).
    /// </summary>
    public static double? German(string word)
    {
        if (word.Length == 0 || word == "und")
        {
            return null;
        }
        double total = 0, group = 0;
        var position = 0;
        var morphemes = 0;
        var numeric = false;
        while (position < word.Length)
        {
            var matched = false;
            foreach (var (morpheme, value) in GermanMorphemes)
            {
                if (string.CompareOrdinal(word, position, morpheme, 0, morpheme.Length) != 0)
                {
                    continue;
                }
                matched = true;
                position += morpheme.Length;
                morphemes++;
                numeric |= morpheme != "und";
                if (value == -100)
                {
                    group = (group == 0 ? 1 : group) * 100;
                }
                else if (value == -1000)
                {
                    total += (group == 0 ? 1 : group) * 1000;
                    group = 0;
                }
                else
                {
                    group += value;
                }
                break;
            }
            if (!matched)
            {
                return null;
            }
        }
        return morphemes == 0 || !numeric ? null : total + group;
    }
}
