using CorpusLens.Text;
using CsCheck;
using Microsoft.Data.Analysis;

namespace CorpusLens.Tests.Text;

/// <summary>Collocations counted with term numbers give what counting every pair of strings gave.</summary>
public sealed class CollocationCounterTests
{
    private static readonly string[] Words =
    [
        "OpenAI", "Microsoft", "Altman", "Sam", "la", "le", "die", "der", "the", "and", "décision", "Entscheidung",
        "decisions", "décisions", "conseil", "Konzern", "l’IA", "d'OpenAI", "2024", "1,5", "groß", "GROSS", "risque",
        "risk", "risks", "Führungskräfte", "OpenAI-Partnerschaft", "et", "und",
    ];

    private static readonly string[] Gaps = [" ", " ", " ", ", ", ". ", "\n", " ; ", " – ", ": "];

    [Fact]
    public void Numbered_pairs_give_the_rows_that_pairs_of_strings_gave_for_any_texts_and_options()
    {
        var text = Gen.Select(Gen.OneOf(Words), Gen.OneOf(Gaps), (word, gap) => word + gap).Array[0, 40].Select(string.Concat);
        var article = Gen.Select(text, Gen.OneOf("fr", "de", "en", "und"), (body, language) => (body, language));
        var options = Gen.Select(Gen.Bool, Gen.Bool, (stem, stopwords) => TermOptions.Default with { Stem = stem, RemoveStopwords = stopwords });
        Gen.Select(article.Array[1, 6], options, Gen.Int[1, 4], Gen.Int[0, 3], Gen.OneOf<string?>(null, "OpenAI", "risk", "décision"))
            .Sample((articles, termOptions, window, minimum, term) =>
            {
                var corpus = global::CorpusLens.Corpus.FromArticles(articles.Select((entry, i) => new Article
                {
                    Id = $"a{i}",
                    Language = entry.language,
                    Text = entry.body,
                    Sentences = [],
                }));
                var expected = Reference(corpus, term, window, minimum, termOptions);
                var actual = TermAnalysis.Collocations(corpus, term, window, minimum, termOptions);
                Assert.Equal(FrameText.Csv(expected), FrameText.Csv(actual));
            }, iter: 400);
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData("OpenAI", 2)]
    public void A_streamed_folder_gives_the_collocations_of_the_loaded_corpus(string? term, int minimum)
    {
        using var folder = new CorpusLens.Tests.Corpus.TemporaryFolder();
        // Two threads, each with its own numbering of the terms, merged: more files than one thread takes.
        for (int i = 0; i < 40; i++)
        {
            var (language, body) = (i % 3) switch
            {
                0 => ("fr", $"Microsoft investit dans OpenAI. Le conseil d’OpenAI décide {i} fois. Sam Altman revient."),
                1 => ("de", $"Microsoft investiert in OpenAI. Der Vorstand von OpenAI entscheidet {i} Mal. Sam Altman kehrt zurück."),
                _ => ("en", $"Microsoft invests in OpenAI. The board of OpenAI decides {i} times. Sam Altman returns."),
            };
            folder.Write($"a{i:D2}.md", $"---\nlanguage: {language}\n---\n{body}");
        }
        folder.Write("b.txt", ""); // skipped by both
        var loaded = global::CorpusLens.Corpus.Load(folder.Path);
        var report = new LoadReport();
        var streamed = TermAnalysis.StreamCollocations(folder.Path, term, window: 3, minimumCount: minimum, report: report);

        Assert.Equal(FrameText.Csv(TermAnalysis.Collocations(loaded, term, window: 3, minimumCount: minimum)), FrameText.Csv(streamed));
        Assert.True(streamed.Rows.Count > 10);
        Assert.Equal(40, report.Loaded);
        Assert.Equal(loaded.Report.Messages.Select(message => message.ToString()), report.Messages.Select(message => message.ToString()));

        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(0, CorpusLens.Cli.CorpusLensCommandLine.Run(["collocations", "--corpus", folder.Path, "--stream", "--window", "3", "--min-count", "1", "--format", "csv"], output, error));
        Assert.Equal(FrameText.Csv(TermAnalysis.Collocations(loaded, window: 3, minimumCount: 1)), output.ToString());
        Assert.Contains("streamed 40 files, skipped 1 (1 empty file) (boilerplate rules not applied)", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_pair_is_one_key_for_both_directions_and_the_totals_count_both()
    {
        var counter = new CollocationCounter(TermOptions.Default, window: 2);
        counter.Add("OpenAI Microsoft Altman. OpenAI", LanguageClass.Of("en"));
        // openai-microsoft, openai-altman, microsoft-altman: three pairs, six observations; nothing across the '.'
        Assert.Equal(3, counter.Pairs.Count);
        Assert.Equal(6, counter.Total);
        Assert.Equal([2L, 2L, 2L], counter.Totals);
        Assert.All(counter.Pairs.Entries(), entry => Assert.Equal(1, entry.Count));

        // With a node term, only its pairs are kept, and the totals are those of every pair.
        var ofOpenAI = new CollocationCounter(TermOptions.Default, window: 2, nodes: ["openai"]);
        ofOpenAI.Add("OpenAI Microsoft Altman. OpenAI", LanguageClass.Of("en"));
        Assert.Equal(2, ofOpenAI.Pairs.Count);
        Assert.Equal(counter.Total, ofOpenAI.Total);
        Assert.Equal(counter.Totals, ofOpenAI.Totals);
    }

    [Fact]
    public void The_pair_table_counts_any_keys_as_a_dictionary_does()
    {
        // Keys of nearby numbers, which collided in a dictionary of ulong (0 is no pair: the empty slot's key).
        var pair = Gen.Select(Gen.UInt[0, 300], Gen.UInt[0, 300], (a, b) => ((ulong)a << 32) | b);
        Gen.OneOf(pair.Array[0, 2_000], Gen.ULong.Array[0, 200]).Sample(keys => AssertCounts(keys.Where(key => key != 0).ToArray()), iter: 200);
    }

    [Fact]
    public void The_pair_table_keeps_its_counts_as_it_grows()
    {
        // 65,536 slots at first, doubled at 70 % full: 200,000 keys grow it three times.
        AssertCounts(Enumerable.Range(0, 300_000).Select(i => (ulong)(i % 200_000) << 32 | (uint)(1 + (i % 7))).ToArray());
    }

    private static void AssertCounts(ulong[] keys)
    {
        var table = new PairCounts();
        var expected = new Dictionary<ulong, int>();
        foreach (var key in keys)
        {
            table.Increment(key);
            expected[key] = expected.GetValueOrDefault(key) + 1;
        }
        Assert.Equal(expected.Count, table.Count);
        Assert.Equal(expected.OrderBy(entry => entry.Key).Select(entry => (entry.Key, entry.Value)), table.Entries().OrderBy(entry => entry.Key));
    }

    // The implementation before term numbers: a string per token and a pair of strings per direction, the reference.
    private static DataFrame Reference(global::CorpusLens.Corpus corpus, string? term, int window, int minimumCount, TermOptions options)
    {
        var mapper = new TermMapper(options with { NGram = 1 });
        var pairs = new Dictionary<(string, string), int>();
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        foreach (var article in corpus.Documents)
        {
            int languageClass = LanguageClass.Of(article.Language);
            var terms = new List<(string Key, int Index)>();
            var tokens = ArticleTokens.Read(article);
            int sentence = 0;
            for (int i = 0; i < tokens.Count; i++)
            {
                if (i > 0 && article.Text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).IndexOfAny(".!?;:\n") >= 0)
                {
                    sentence += window + 1;
                }
                var folded = tokens[i].Folded;
                if (mapper.Map(folded, languageClass, ProperNames.Known.Contains(folded)) is { } key)
                {
                    terms.Add((key, i + sentence));
                }
            }
            for (int a = 0; a < terms.Count; a++)
            {
                for (int b = a + 1; b < terms.Count && terms[b].Index - terms[a].Index <= window; b++)
                {
                    if (terms[a].Key == terms[b].Key)
                    {
                        continue;
                    }
                    pairs[(terms[a].Key, terms[b].Key)] = pairs.GetValueOrDefault((terms[a].Key, terms[b].Key)) + 1;
                    pairs[(terms[b].Key, terms[a].Key)] = pairs.GetValueOrDefault((terms[b].Key, terms[a].Key)) + 1;
                    totals[terms[a].Key] = totals.GetValueOrDefault(terms[a].Key) + 1;
                    totals[terms[b].Key] = totals.GetValueOrDefault(terms[b].Key) + 1;
                    total += 2;
                }
            }
        }
        HashSet<string>? nodes = null;
        if (term is not null)
        {
            var folded = CaseFolding.Fold(term.Trim());
            nodes = [folded];
            if (options.Stem)
            {
                foreach (var language in Language.Supported)
                {
                    nodes.Add(Stemmer.For(language).Stem(folded));
                }
            }
        }
        var rows = pairs
            .Where(pair => pair.Value >= Math.Max(1, minimumCount))
            .Where(pair => nodes is null ? string.CompareOrdinal(pair.Key.Item1, pair.Key.Item2) < 0 : nodes.Contains(pair.Key.Item1))
            .Select(pair => (Term: pair.Key.Item1, Collocate: pair.Key.Item2, Count: pair.Value,
                Pmi: KeynessStatistics.PointwiseMutualInformation(pair.Value, totals[pair.Key.Item1], totals[pair.Key.Item2], total),
                G2: KeynessStatistics.PairLogLikelihood(pair.Value, totals[pair.Key.Item1], totals[pair.Key.Item2], total)))
            .OrderByDescending(row => row.G2).ThenBy(row => row.Term, StringComparer.Ordinal).ThenBy(row => row.Collocate, StringComparer.Ordinal)
            .ToList();
        return new DataFrame(
            new StringDataFrameColumn("term", rows.Select(row => row.Term)),
            new StringDataFrameColumn("collocate", rows.Select(row => row.Collocate)),
            new Int32DataFrameColumn("count", rows.Select(row => row.Count)),
            new DoubleDataFrameColumn("pmi", rows.Select(row => row.Pmi)),
            new DoubleDataFrameColumn("g2", rows.Select(row => row.G2)));
    }
}
