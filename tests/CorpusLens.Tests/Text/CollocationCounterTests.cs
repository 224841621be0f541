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

    // One to six articles of up to 40 of the words above, each in French, German, English or no language.
    private static readonly Gen<(string Body, string Language)[]> Articles = Gen.Select(
        Gen.Select(Gen.OneOf(Words), Gen.OneOf(Gaps), (word, gap) => word + gap).Array[0, 40].Select(string.Concat),
        Gen.OneOf("fr", "de", "en", "und"),
        (body, language) => (body, language)).Array[1, 6];

    private static global::CorpusLens.Corpus CorpusOf((string Body, string Language)[] articles) =>
        global::CorpusLens.Corpus.FromArticles(articles.Select((entry, i) => new Article
        {
            Id = $"a{i}",
            Language = entry.Language,
            Text = entry.Body,
            Sentences = [],
        }));

    [Fact]
    public void Numbered_pairs_give_the_rows_that_pairs_of_strings_gave_for_any_texts_and_options()
    {
        var options = Gen.Select(Gen.Bool, Gen.Bool, (stem, stopwords) => TermOptions.Default with { Stem = stem, RemoveStopwords = stopwords });
        Gen.Select(Articles, options, Gen.Int[1, 4], Gen.Int[0, 3], Gen.OneOf<string?>(null, "OpenAI", "risk", "décision"))
            .Sample((articles, termOptions, window, minimum, term) =>
            {
                var corpus = CorpusOf(articles);
                var expected = Reference(corpus, term, window, minimum, termOptions);
                var actual = TermAnalysis.Collocations(corpus, term, window, minimum, termOptions);
                Assert.Equal(FrameText.Csv(expected), FrameText.Csv(actual));
            }, iter: 400);
    }

    [Fact]
    public void Pairs_counted_in_shares_over_several_passes_give_the_rows_of_one_pass()
    {
        // Tables of 1 to 12 pairs: a text of 40 words has up to 150 distinct pairs, so most cases take several passes.
        Gen.Select(Articles, Gen.Int[1, 12], Gen.Int[1, 4], Gen.Int[0, 3], Gen.OneOf<string?>(null, "OpenAI", "risk"))
            .Sample((articles, maximumPairs, window, minimum, term) =>
            {
                var corpus = CorpusOf(articles);
                int passes = 0;
                var expected = Reference(corpus, term, window, minimum, TermOptions.Default);
                var actual = TermAnalysis.BoundedCollocations(corpus, term, window, minimum, null, maximumPairs, count => passes = count);
                Assert.Equal(FrameText.Csv(expected), FrameText.Csv(actual));
                Assert.InRange(passes, 1, int.MaxValue);
            }, iter: 300);
    }

    [Theory]
    [InlineData(1_000_000)]
    [InlineData(60)]
    [InlineData(8)]
    public void A_streamed_folder_counted_in_shares_gives_the_rows_of_one_pass_and_reports_once(long maximumPairs)
    {
        using var folder = new CorpusLens.Tests.Corpus.TemporaryFolder();
        for (int i = 0; i < 40; i++)
        {
            folder.Write($"a{i:D2}.txt", $"OpenAI, Microsoft und Mistral {i} investieren {i % 7} Milliarden in KI-Modelle {i % 5} und Rechenzentren {i}.");
        }
        folder.Write("b.txt", ""); // skipped, and reported once
        var report = new LoadReport();
        int passes = 0;
        var shares = TermAnalysis.BoundedStreamCollocations(folder.Path, null, 3, 1, null, false, report, maximumPairs, count => passes = count);
        var onceReport = new LoadReport();
        var once = TermAnalysis.StreamCollocations(folder.Path, window: 3, minimumCount: 1, report: onceReport);

        Assert.Equal(FrameText.Csv(once), FrameText.Csv(shares));
        Assert.True(once.Rows.Count > 150);
        // With a minimum count of 1 every pair is a row, and a pass ends with at most twice maximumPairs of them.
        Assert.InRange(passes, (int)Math.Ceiling(once.Rows.Count / (2.0 * maximumPairs)), maximumPairs >= once.Rows.Count ? 1 : int.MaxValue);
        Assert.Single(onceReport.Messages);
        Assert.Equal(onceReport.Messages, report.Messages);
        Assert.Equal(40, report.Loaded);
    }

    [Fact]
    public void With_a_memory_limit_the_command_reads_the_texts_again_says_so_and_gives_the_same_rows()
    {
        // 40 texts of 1,500 words drawn from 6,000: some 250,000 distinct pairs, more than a 1 MB table holds (45,875).
        using var folder = new CorpusLens.Tests.Corpus.TemporaryFolder();
        string[] syllables = ["ka", "lo", "mi", "ru", "te", "zan", "bor", "vel", "qui", "das"];
        var words = Enumerable.Range(0, 6_000).Select(n => syllables[n % 10] + syllables[n / 10 % 10] + syllables[n / 100 % 10] + syllables[n / 1000 % 10]).ToArray();
        uint state = 12345;
        for (int i = 0; i < 40; i++)
        {
            var text = new System.Text.StringBuilder();
            for (int w = 0; w < 1_500; w++)
            {
                state = state * 1_664_525 + 1_013_904_223;
                text.Append(words[(int)(state >> 8) % words.Length]).Append(w % 12 == 11 ? ". " : " ");
            }
            folder.Write($"a{i:D2}.txt", text.ToString());
        }
        var output = new StringWriter();
        var error = new StringWriter();
        string[] arguments = ["collocations", "--corpus", folder.Path, "--stream", "--min-count", "2", "--format", "csv"];
        Assert.Equal(0, CorpusLens.Cli.CorpusLensCommandLine.Run(arguments, output, error));
        Assert.DoesNotContain("passes", error.ToString(), StringComparison.Ordinal);
        var limited = new StringWriter();
        var limitedError = new StringWriter();
        Assert.Equal(0, CorpusLens.Cli.CorpusLensCommandLine.Run([.. arguments, "--max-memory", "1"], limited, limitedError));

        Assert.Equal(output.ToString(), limited.ToString());
        Assert.True(output.ToString().Split('\n').Length > 100);
        var note = System.Text.RegularExpressions.Regex.Match(limitedError.ToString(), @"the pair counts outgrew 1 MB: the texts were read (\d+) times, each pass counting a share of the pairs");
        Assert.True(note.Success, limitedError.ToString());
        Assert.InRange(int.Parse(note.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 2, 64);

        var invalid = new StringWriter();
        Assert.NotEqual(0, CorpusLens.Cli.CorpusLensCommandLine.Run([.. arguments, "--max-memory", "0"], new StringWriter(), invalid));
        Assert.Contains("--max-memory", invalid.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_top_keeps_the_first_rows_of_the_whole_table_and_counts_them_all()
    {
        // Scores from a few values, so that rows tie on g2 and the term and collocate decide.
        var row = Gen.Select(Gen.OneOf("a", "b", "c", "d"), Gen.OneOf("a", "b", "c", "e"), Gen.Int[1, 9], Gen.OneOf(-1.5, 0.0, 2.25, 7.0, double.NaN),
            (term, collocate, count, g2) => new CollocationRow(term, collocate, count, count / 3.0, g2));
        Gen.Select(row.Array[0, 60], Gen.Int[0, 70]).Sample((found, top) =>
        {
            var distinct = found.DistinctBy(entry => (entry.Term, entry.Collocate)).ToArray(); // a table has each pair once
            var everything = new CollocationRows();
            long counted = -1;
            var first = new CollocationRows(top, count => counted = count);
            foreach (var entry in distinct)
            {
                everything.Add(entry);
                first.Add(entry);
            }
            Assert.Equal(everything.InOrder().Take(top), first.InOrder());
            Assert.Equal(distinct.Length, counted);
        }, iter: 500);
        Assert.Throws<CorpusLensException>(() => new CollocationRows(-1));
    }

    [Fact]
    public void The_command_keeps_only_the_rows_it_shows_and_says_how_many_there_were()
    {
        using var folder = new CorpusLens.Tests.Corpus.TemporaryFolder();
        for (int i = 0; i < 30; i++)
        {
            folder.Write($"a{i:D2}.txt", string.Join(' ', Enumerable.Range(0, 60).Select(w => $"mot{(char)('a' + (i * 7 + w * 3) % 26)}{(char)('a' + (w * 5 + i) % 26)}")) + ".");
        }
        string Run(params string[] more)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            Assert.Equal(0, CorpusLens.Cli.CorpusLensCommandLine.Run(["collocations", "--corpus", folder.Path, "--stream", "--min-count", "1", .. more], output, error));
            return output + "\u0001" + error;
        }
        var csv = Run("--format", "csv").Split('\u0001')[0].TrimEnd('\n').Split('\n');
        int rows = csv.Length - 1;
        Assert.True(rows > 1_000, $"{rows} rows");

        // --top N: the first N rows of the whole table, and no note.
        var top = Run("--format", "csv", "--top", "7").Split('\u0001');
        Assert.Equal(csv.Take(8), top[0].TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("showing", top[1], StringComparison.Ordinal);

        // A terminal table keeps its first 1,000 rows and says how many there were.
        var table = Run().Split('\u0001');
        Assert.Contains($"showing the first 1 000 of {rows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', ' ')} rows", table[1], StringComparison.Ordinal);
        var firstCells = csv[1].Split(',');
        Assert.Contains(firstCells[0], table[0].Split('\n')[3], StringComparison.Ordinal);
    }

    [Theory]
    // megabytes, pairs a table may hold: the largest table of 12-byte slots that fits four times over, at 70 %
    [InlineData(1, 45_875)]
    [InlineData(5, 45_875)]
    [InlineData(6, 91_750)]
    [InlineData(1024, 11_744_051)]
    public void The_memory_limit_sets_the_pairs_a_table_may_hold(int megabytes, long pairs)
    {
        Assert.Equal(pairs, TermAnalysis.PairsWithin(megabytes));
        long slots = pairs * 10 / 7 + 1; // the table that holds them
        Assert.True(System.Numerics.BitOperations.IsPow2(slots));
        Assert.Equal(pairs, PairCounts.KeysBeforeDoubling(slots));
        Assert.True(slots == PairCounts.MinimumSlots || 4 * PairCounts.SlotBytes * slots <= (long)megabytes << 20);
        Assert.True(4 * PairCounts.SlotBytes * slots * 2 > (long)megabytes << 20);
    }

    [Fact]
    public void A_share_is_halved_once_however_many_counters_ask_and_leaves_the_other_half()
    {
        var left = new List<PairPartition>();
        var share = new PairPartition(left: left);
        Assert.True(PairPartition.Contains(0xFFFF_FFFF, share.Value, share.Bits));
        Assert.Equal(1, share.Narrow(0));
        Assert.Equal(1, share.Narrow(0)); // a second counter that saw 0 bits: already narrowed
        Assert.Equal(2, share.Narrow(1));
        Assert.Equal([(1u, 1), (2u, 2)], left.Select(half => (half.Value, half.Bits)));
        // The share keeps hashes ending in 00; the halves left end in 1 and in 10: together, every hash once.
        for (uint hash = 0; hash < 64; hash++)
        {
            int shares = new[] { share }.Concat(left).Count(part => PairPartition.Contains(hash, part.Value, part.Bits));
            Assert.Equal(1, shares);
        }
    }

    [Fact]
    public void A_table_keeps_only_the_keys_asked_for_with_their_counts()
    {
        var table = new PairCounts();
        var expected = new Dictionary<ulong, int>();
        for (int i = 0; i < 200_000; i++)
        {
            ulong key = ((ulong)(i % 90_000) << 32) | (uint)(1 + (i % 3));
            table.Increment(key);
            expected[key] = expected.GetValueOrDefault(key) + 1;
        }
        int slots = table.Slots;
        table.Keep(key => key % 5 == 0);
        var kept = expected.Where(entry => entry.Key % 5 == 0).OrderBy(entry => entry.Key).Select(entry => (entry.Key, entry.Value)).ToList();
        Assert.Equal(kept.Count, table.Count);
        Assert.Equal(kept, table.Entries().OrderBy(entry => entry.Key));
        Assert.True(table.Slots < slots);
        table.Increment(kept[0].Key);
        Assert.Equal(kept[0].Value + 1, table.Entries().Single(entry => entry.Key == kept[0].Key).Count);
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
        Assert.Contains("streamed 40 files, skipped 1 (1 empty file), 0 boilerplate lines removed", error.ToString(), StringComparison.Ordinal);
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
            var tokens = new List<(int Start, int End, string Folded)>();
            foreach (var token in Tokenizer.Tokenize(article.Text))
            {
                tokens.Add((token.Start, token.End, CaseFolding.Fold(article.Text.AsSpan(token.Start, token.Length))));
            }
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
