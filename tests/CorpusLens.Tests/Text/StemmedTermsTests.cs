using CorpusLens.Text;
using CsCheck;
using Microsoft.Data.Analysis;

namespace CorpusLens.Tests.Text;

/// <summary>
/// Stemmed terms against a reference worked out word by word: the index stems its units on two threads, chunk by
/// chunk, and then finds equal keys by sorting their hashes, so a stem shared by words of both threads' chunks must
/// still be one term.
/// </summary>
public class StemmedTermsTests
{
    // Words that share stems (investir, investissement, investissements …), names that are never stemmed, and
    // surface forms differing only in case, in random order: first sightings, and so the parts, change every time.
    private static readonly string[] Forms =
    [
        "investissements", "investissement", "Investissement", "investir", "investis", "banque", "banques", "Banques",
        "modèle", "modèles", "sécurité", "Sécurité", "OpenAI", "Nadella", "nadella", "risques", "risque", "accélérer",
        "accélère", "lenteur", "ralentir", "ralentit", "puissance", "puissant", "puissants",
    ];

    [Fact]
    public void Stemmed_counts_and_shown_forms_equal_a_word_by_word_reference()
    {
        var documents = Gen.Int[0, Forms.Length - 1].Array[1, 20].Array[1, 10];
        documents.Sample(documentWords =>
        {
            var texts = documentWords
                .Select((words, index) => ($"d{index}", string.Join(' ', words.Select(word => Forms[word])), (string?)"fr"))
                .ToList();
            var words = documentWords.SelectMany(words => words).Select(word => Forms[word]).ToList();
            // A word capitalised in 90 % of its occurrences (Sécurité twice, sécurité never) is a name, not stemmed.
            var names = words.GroupBy(word => CaseFolding.Fold(word)).Where(group => ProperNames.IsProperName(
                group.Key, group.Count(), group.Count(word => char.IsUpper(word[0])), group.Count(word => word[1..].Any(char.IsUpper)), outsideGerman: true))
                .Select(group => group.Key).ToHashSet(StringComparer.Ordinal);
            var expectedCounts = new Dictionary<string, int>(StringComparer.Ordinal);
            var surfaces = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
            foreach (var word in words)
            {
                var folded = CaseFolding.Fold(word);
                var key = names.Contains(folded) ? folded : Stemmer.For("fr").Stem(folded);
                expectedCounts[key] = expectedCounts.GetValueOrDefault(key) + 1;
                var forms = surfaces.TryGetValue(key, out var known) ? known : surfaces[key] = new(StringComparer.Ordinal);
                forms[word] = forms.GetValueOrDefault(word) + 1;
            }

            var keys = Counts(TermCounter.Count(texts, new TermOptions { Stem = true, Display = TermDisplay.Key }).Frequencies(by: "corpus"));
            Assert.Equal(expectedCounts.OrderBy(pair => pair.Key, StringComparer.Ordinal), keys.OrderBy(pair => pair.Key, StringComparer.Ordinal));

            var shown = Counts(TermCounter.Count(texts, new TermOptions { Stem = true }).Frequencies(by: "corpus"));
            var expectedShown = surfaces.ToDictionary(
                pair => pair.Value.OrderByDescending(form => form.Value).ThenBy(form => form.Key, StringComparer.Ordinal).First().Key,
                pair => expectedCounts[pair.Key],
                StringComparer.Ordinal);
            Assert.Equal(expectedShown.OrderBy(pair => pair.Key, StringComparer.Ordinal), shown.OrderBy(pair => pair.Key, StringComparer.Ordinal));
        }, iter: 200);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Terms_are_numbered_as_one_pass_upwards_would_number_them_whichever_thread_stems_which_chunk(int chunk)
    {
        // Two threads take chunks of `chunk` units in turn, as their speed takes them, and equal keys are found by
        // sorting hashes: the terms must still be numbered in unit order, as one thread going upwards numbers them.
        // One document: one counting worker, so the units are numbered the same way with one thread or two.
        var documents = Gen.Int[0, Forms.Length - 1].Array[1, 60].Array[1, 1];
        int savedChunk = TermIndexBuilder.StemChunk;
        int savedThreads = TermCounter.Threads;
        try
        {
            TermIndexBuilder.StemChunk = chunk;
            documents.Sample(documentWords =>
            {
                var texts = documentWords
                    .Select((words, index) => ($"d{index}", string.Join(' ', words.Select(word => Forms[word])), (string?)"fr"))
                    .ToList();
                var options = new TermOptions { Stem = true };
                TermCounter.Threads = 1; // one thread: every chunk in turn, upwards
                var reference = TermCounter.Count(texts, options);
                TermCounter.Threads = 2;
                var split = TermCounter.Count(texts, options);
                Assert.Equal(Terms(reference), Terms(split));
            }, iter: 300);
        }
        finally
        {
            TermIndexBuilder.StemChunk = savedChunk;
            TermCounter.Threads = savedThreads;
        }
    }

    private static List<(string Key, string Shown)> Terms(TermIndex index) =>
        Enumerable.Range(0, index.TermCount).Select(term => (index.Key(term), index.Display(term))).ToList();

    private static Dictionary<string, int> Counts(DataFrame frame)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (long row = 0; row < frame.Rows.Count; row++)
        {
            result[(string)frame["term"][row]] = (int)frame["count"][row];
        }
        return result;
    }
}
