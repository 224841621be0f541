using Lucene.Net.Analysis.Util;

namespace CorpusLens.Text;

/// <summary>
/// Detects French, German and English from function words (the Lucene stop lists) and a few letters that only
/// one of them uses (ß, ä, ö, ü for German; é, è, ç, à, ê for French). The score is the winner's share of all
/// evidence; with fewer than <see cref="MinimumEvidence"/> function words the answer is <see cref="Language.Undetermined"/>.
/// </summary>
public static class LanguageDetector
{
    /// <summary>Function words needed before a language is named.</summary>
    public const int MinimumEvidence = 3;

    private const int MaximumTokens = 2_000;

    /// <summary>Detects the language of <paramref name="text"/> from its first 2,000 tokens.</summary>
    /// <example><code>LanguageDetector.Detect("Le chat est sur la table.").Language // "fr"</code></example>
    public static LanguageGuess Detect(ReadOnlySpan<char> text)
    {
        Span<double> scores = stackalloc double[3];
        Span<int> hits = stackalloc int[3];
        var lower = new char[64];
        int seen = 0;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (++seen > MaximumTokens)
            {
                break;
            }
            var word = text.Slice(token.Start, token.Length);
            if (token.Kind == TokenKind.Elision)
            {
                word = word[..^1];
                scores[0] += 1;
                hits[0]++;
                continue;
            }
            if (token.Kind != TokenKind.Word || word.Length > lower.Length)
            {
                continue;
            }
            int length = word.ToLowerInvariant(lower);
            var folded = lower.AsSpan(0, length);
            for (int language = 0; language < 3; language++)
            {
                if (StopSets.Value[language].Contains(lower, 0, length))
                {
                    scores[language] += 1;
                    hits[language]++;
                }
            }
            foreach (char c in folded)
            {
                if (c is 'ß' or 'ä' or 'ö' or 'ü')
                {
                    scores[1] += 0.5;
                }
                else if (c is 'é' or 'è' or 'ç' or 'à' or 'ê' or 'ù' or 'œ')
                {
                    scores[0] += 0.5;
                }
            }
        }
        int best = 0;
        for (int language = 1; language < 3; language++)
        {
            if (scores[language] > scores[best])
            {
                best = language;
            }
        }
        double total = scores[0] + scores[1] + scores[2];
        if (hits[best] < MinimumEvidence || total <= 0)
        {
            return new LanguageGuess(Language.Undetermined, 0, hits[best]);
        }
        return new LanguageGuess(Codes[best], Math.Round(scores[best] / total, 3), hits[best]);
    }

    private static readonly string[] Codes = [Language.French, Language.German, Language.English];

    private static readonly Lazy<CharArraySet[]> StopSets = new(() =>
    [
        Stopwords.For(Language.French),
        Stopwords.For(Language.German),
        Stopwords.For(Language.English),
    ]);
}
