using System.Text.RegularExpressions;
using CorpusLens.Text;
using CsCheck;
using Microsoft.Data.Analysis;

namespace CorpusLens.Tests.Text;

public class TermCounterTests
{
    private static readonly TermOptions Everything = new() { RemoveStopwords = false };

    private static Dictionary<string, int> Counts(DataFrame frame)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (long row = 0; row < frame.Rows.Count; row++)
        {
            result[(string)frame["term"][row]] = (int)frame["count"][row];
        }
        return result;
    }

    private static Dictionary<string, int> CorpusCounts(IReadOnlyList<(string, string, string?)> texts, TermOptions? options = null) =>
        Counts(TermCounter.Count(texts, options).Frequencies(by: "corpus"));

    [Fact]
    public void Every_OpenAI_of_the_bundled_corpus_is_counted_once()
    {
        var corpus = global::CorpusLens.Corpus.Load(global::CorpusLens.Corpus.FindBundledData());
        // Independent count: OpenAI as a whole word, not part of a hyphenated compound, any case.
        int expected = corpus.Documents.Sum(article =>
            Regex.Matches(article.Text, @"(?<![\p{L}\p{Nd}\-])openai(?![\p{L}\p{Nd}]|-\p{L})", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(5)).Count);
        var counts = Counts(TermAnalysis.Frequencies(corpus, by: "corpus"));
        Assert.True(expected > 50);
        Assert.Equal(expected, counts["OpenAI"]);
    }

    [Fact]
    public void Counts_sum_to_the_token_count_for_any_text()
    {
        Gen.String[0, 300].Array[1, 4].Sample(texts =>
        {
            var input = texts.Select((text, i) => ($"d{i}", text, (string?)"fr")).ToList();
            var index = TermCounter.Count(input, Everything);
            var frame = index.Frequencies(by: "corpus");
            long sum = 0;
            for (long row = 0; row < frame.Rows.Count; row++)
            {
                sum += (int)frame["count"][row];
            }
            Assert.Equal(index.TotalTokens, sum);
            Assert.Equal(input.Sum(text => (long)Tokenizer.CountWords(text.Item2.Normalize())), index.TotalTokens);
        }, iter: 300);
    }

    [Fact]
    public void Counts_every_folded_word_of_each_document_as_often_as_it_is_written_and_shows_its_most_frequent_form()
    {
        // Case variants and fresh words recur within a block of tokens (new surfaces wait there for their unit) and
        // across blocks; the reference counts each token's folded form.
        var pool = Gen.OneOf(
            Gen.OneOf("Modèle", "modèle", "MODÈLE", "Straße", "STRASSE", "strasse", "OpenAI", "openai", "l’IA", "IA", "ia", "Nadella"),
            Gen.Char['a', 'e'].Array[1, 4].Select(chars => new string(chars)),
            Gen.Char['A', 'E'].Array[1, 3].Select(chars => new string(chars)));
        Gen.Select(pool.Array[0, 200], pool.Array[0, 200]).Sample((first, second) =>
        {
            var texts = new[] { first, second }.Select((words, i) => ($"d{i}", string.Join(' ', words), (string?)"fr")).ToList();
            var frame = TermCounter.Count(texts, Everything with { Display = TermDisplay.Key }).Frequencies(by: "article");
            var counted = Enumerable.Range(0, (int)frame.Rows.Count)
                .ToDictionary(row => ((string)frame["article"][row], (string)frame["term"][row]), row => (int)frame["count"][row]);
            var expected = texts
                .SelectMany(text => Tokenizer.TokenStrings(text.Item2).Select(token => (text.Item1, CaseFolding.Fold(token))))
                .GroupBy(key => key)
                .ToDictionary(group => group.Key, group => group.Count());
            Assert.Equal(expected.OrderBy(pair => pair.Key), counted.OrderBy(pair => pair.Key));
            // Shown as its most frequent surface form (ties: the ordinally first), with the count of all its forms.
            var shown = Counts(TermCounter.Count(texts, Everything).Frequencies(by: "corpus"));
            var expectedShown = texts
                .SelectMany(text => Tokenizer.TokenStrings(text.Item2))
                .GroupBy(token => CaseFolding.Fold(token))
                .ToDictionary(
                    forms => forms.GroupBy(form => form).OrderByDescending(form => form.Count()).ThenBy(form => form.Key, StringComparer.Ordinal).First().Key,
                    forms => forms.Count());
            Assert.Equal(expectedShown.OrderBy(pair => pair.Key, StringComparer.Ordinal), shown.OrderBy(pair => pair.Key, StringComparer.Ordinal));
        }, iter: 300);
    }

    public static TheoryData<string, string, string, int> Counted => new()
    {
        // language, text, term, expected count (stopwords removed, display = most frequent surface form)
        { "fr", "L’IA et l'IA, puis l’ia.", "IA", 3 },
        { "fr", "Le modèle, les modèles, le modèle.", "modèle", 2 },
        { "de", "Die Straße, die Straße und die STRASSE.", "Straße", 3 },
        { "de", "Das ist so, dass es geht, daß es geht.", "geht", 2 },
        { "en", "Microsoft and OpenAI; microsoft and Microsoft.", "Microsoft", 3 },
        { "de", "Die OpenAI-Partnerschaft und die OpenAI-Partnerschaft.", "OpenAI-Partnerschaft", 2 },
        { "fr", "Il a investi 1,5 milliard, puis 1,5 milliard.", "1,5", 2 },
    };

    [Theory]
    [InlineData(254)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(70_000)]
    public void Counts_a_word_repeated_more_often_than_a_packed_count_holds(int repeats)
    {
        // Per-document counts are stored in one byte; 255 and more go to a side table.
        var texts = new List<(string, string, string?)>
        {
            ("many", string.Concat(Enumerable.Repeat("modèle ", repeats)) + "réseau", "fr"),
            ("few", "modèle réseau réseau", "fr"),
        };
        var frame = TermCounter.Count(texts).Frequencies(by: "article");
        var rows = Enumerable.Range(0, (int)frame.Rows.Count)
            .ToDictionary(row => ((string)frame["article"][row], (string)frame["term"][row]), row => (int)frame["count"][row]);
        Assert.Equal(repeats, rows[("many", "modèle")]);
        Assert.Equal(1, rows[("many", "réseau")]);
        Assert.Equal(1, rows[("few", "modèle")]);
        Assert.Equal(2, rows[("few", "réseau")]);
    }

    [Theory]
    [MemberData(nameof(Counted))]
    public void Counts_terms_as_written_in_the_text(string language, string text, string term, int expected) =>
        Assert.Equal(expected, CorpusCounts([("a", text, language)])[term]);

    [Theory]
    [InlineData("fr", "le")]
    [InlineData("fr", "a")]
    [InlineData("fr", "l’")]
    [InlineData("de", "dass")]
    [InlineData("de", "und")]
    [InlineData("en", "the")]
    public void Drops_stopwords_of_the_article_language(string language, string stopword)
    {
        var counts = CorpusCounts([("a", $"{stopword}IA le und dass the a", language)]);
        Assert.DoesNotContain(counts.Keys, key => string.Equals(CaseFolding.Fold(key), CaseFolding.Fold(stopword), StringComparison.Ordinal));
    }

    [Fact]
    public void User_stopwords_extend_the_lists()
    {
        var counts = CorpusCounts([("a", "selon Microsoft, selon Google", "fr")], new TermOptions { ExtraStopwords = ["Selon"] });
        Assert.Equal(["Google", "Microsoft"], counts.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compounds_count_whole_by_parts_or_both()
    {
        var texts = new List<(string, string, string?)> { ("a", "Die OpenAI-Partnerschaft von OpenAI.", "de") };
        Assert.Equal(1, CorpusCounts(texts, new TermOptions { Compounds = CompoundCounting.Whole })["OpenAI"]);
        var parts = CorpusCounts(texts, new TermOptions { Compounds = CompoundCounting.Parts });
        Assert.Equal(2, parts["OpenAI"]);
        Assert.False(parts.ContainsKey("OpenAI-Partnerschaft"));
        var both = CorpusCounts(texts, new TermOptions { Compounds = CompoundCounting.WholeAndParts });
        Assert.Equal(2, both["OpenAI"]);
        Assert.Equal(1, both["OpenAI-Partnerschaft"]);
        Assert.Equal(1, both["Partnerschaft"]);
    }

    [Fact]
    public void Stems_words_but_counts_proper_names_as_themselves_in_every_language()
    {
        var texts = new List<(string, string, string?)>
        {
            ("fr", "Les investissements de Nadella. Un investissement de Nadella chez OpenAI.", "fr"),
            ("de", "Die Investitionen von Nadella und Altman bei OpenAI.", "de"),
        };
        var keys = Counts(TermCounter.Count(texts, new TermOptions { Stem = true, Display = TermDisplay.Key }).Frequencies(by: "corpus"));
        Assert.Equal(2, keys["invest"]);
        Assert.Equal(3, keys["nadella"]);
        Assert.Equal(2, keys["openai"]);
        Assert.Equal(1, keys["altman"]);
        var shown = Counts(TermCounter.Count(texts, new TermOptions { Stem = true }).Frequencies(by: "corpus"));
        Assert.Equal(3, shown["Nadella"]);
    }

    [Fact]
    public void Bigrams_do_not_cross_sentences_nor_start_or_end_with_stopwords()
    {
        var texts = new List<(string, string, string?)> { ("a", "Sam Altman dirige OpenAI. Sam Altman parle de la sécurité.", "fr") };
        var counts = CorpusCounts(texts, new TermOptions { NGram = 2 });
        Assert.Equal(2, counts["Sam Altman"]);
        Assert.Equal(1, counts["dirige OpenAI"]);
        Assert.False(counts.ContainsKey("OpenAI Sam"));
        Assert.False(counts.ContainsKey("parle de"));
        Assert.Equal(1, CorpusCounts(texts, new TermOptions { NGram = 3 })["Altman dirige OpenAI"]);
    }

    [Fact]
    public void An_ngram_dropped_in_one_language_is_counted_and_shown_from_the_documents_that_keep_it()
    {
        // "die" is a German stopword, not an English one: "Die Katze" is dropped in the German text, kept in the
        // English one, and shown as written there (the German occurrences are not counted, so they do not vote).
        var texts = new List<(string, string, string?)>
        {
            ("de", "Die Katze. Die Katze. Die Katze.", "de"),
            ("en", "They saw die katze.", "en"),
        };
        var counts = CorpusCounts(texts, new TermOptions { NGram = 2 });
        Assert.Equal(1, counts["die katze"]);
        Assert.Equal(1, counts["saw die"]);
        Assert.False(counts.ContainsKey("Die Katze"));
        Assert.False(counts.ContainsKey("They saw"));
    }

    [Fact]
    public void Groups_give_rates_per_thousand_tokens_document_frequencies_and_top_per_group()
    {
        var texts = new List<(string, string, string?)>
        {
            ("a", "Microsoft Microsoft Google", "en"),
            ("b", "Microsoft OpenAI", "en"),
            ("c", "Microsoft l’IA", "fr"),
        };
        var index = TermCounter.Count(texts);
        var byLanguage = index.Frequencies(by: "language", top: 1);
        Assert.Equal(["language", "term", "count", "per_thousand", "document_frequency"], byLanguage.Columns.Select(column => column.Name));
        Assert.Equal(2, byLanguage.Rows.Count);
        Assert.Equal("en", byLanguage["language"][0]);
        Assert.Equal("Microsoft", byLanguage["term"][0]);
        Assert.Equal(3, byLanguage["count"][0]);
        Assert.Equal(3 * 1000.0 / 5, (double)byLanguage["per_thousand"][0], 10);
        Assert.Equal(2, byLanguage["document_frequency"][0]);
        Assert.Equal("fr", byLanguage["language"][1]);
        var byArticle = index.Frequencies(by: "article");
        Assert.Equal(["a", "a", "b", "b", "c", "c"], byArticle["article"].Cast<string>());
        Assert.Equal(["Microsoft", "Google", "Microsoft", "OpenAI", "IA", "Microsoft"], byArticle["term"].Cast<string>());
    }

    [Fact]
    public void Streaming_reads_whole_files_of_any_size_around_the_read_buffer()
    {
        // The reader reads until a short read; 65,536 bytes is its first buffer, so sizes on and around it matter.
        int[] sizes = [0, 1, 65_535, 65_536, 65_537, 131_072, 300_001];
        var folder = Directory.CreateTempSubdirectory("corpuslens-sizes-").FullName;
        try
        {
            var texts = new List<(string, string, string?)>();
            foreach (int size in sizes)
            {
                // Words of 4 to 9 letters, one per size, padded with 'z' to exactly `size` ASCII bytes.
                var builder = new System.Text.StringBuilder(size);
                for (int word = 0; builder.Length + 10 <= size; word++)
                {
                    builder.Append(new string((char)('a' + (word % 7)), 4 + (word % 6))).Append(' ');
                }
                builder.Append('z', size - builder.Length);
                string id = "s" + size.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
                File.WriteAllText(Path.Combine(folder, id + ".txt"), builder.ToString());
                texts.Add((id, builder.ToString(), "en"));
            }
            var streamed = TermCounter.CountFolder(folder, Everything);
            var inMemory = TermCounter.Count(texts, Everything);
            Assert.Equal(texts.Sum(text => (long)Tokenizer.CountWords(text.Item2)), streamed.TotalTokens);
            Assert.Equal(FrameText.Csv(inMemory.Frequencies(by: "article")), FrameText.Csv(streamed.Frequencies(by: "article")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Streaming_a_folder_gives_the_same_counts_as_in_memory_texts()
    {
        var folder = Directory.CreateTempSubdirectory("corpuslens-terms-").FullName;
        try
        {
            var texts = new List<(string, string, string?)>
            {
                ("a", "Die OpenAI-Partnerschaft von Microsoft und die Führungskräfte der Straße.", null),
                ("b", "L’IA d’OpenAI et le partenariat avec Microsoft : l’investissement de 10 milliards.", null),
                ("c", "Microsoft invested $10bn in OpenAI, and the board of OpenAI fired Altman.", null),
            };
            foreach (var (id, text, _) in texts)
            {
                File.WriteAllText(Path.Combine(folder, id + ".txt"), text);
            }
            var streamed = TermCounter.CountFolder(folder);
            var inMemory = TermCounter.Count(texts);
            Assert.Equal(["de", "fr", "en"], streamed.Documents.Select(document => document.Language));
            Assert.Equal(
                FrameText.Csv(inMemory.Frequencies(by: "article")),
                FrameText.Csv(streamed.Frequencies(by: "article")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Streaming_takes_language_and_group_columns_from_metadata_csv_and_skips_front_matter()
    {
        var folder = Directory.CreateTempSubdirectory("corpuslens-terms-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.txt"), "---\ntitle: Skipped\n---\nOpenAI OpenAI Microsoft");
            File.WriteAllText(Path.Combine(folder, "b.md"), "Microsoft Google");
            File.WriteAllText(Path.Combine(folder, "metadata.csv"), "id,Language,section\na,en,tech\nb,de,business\n");
            var index = TermCounter.CountFolder(folder);
            Assert.Equal(["en", "de"], index.Documents.Select(document => document.Language));
            var frame = index.Frequencies(by: "section", top: 1);
            Assert.Equal(["business", "tech"], frame["section"].Cast<string>());
            Assert.Equal(["Google", "OpenAI"], frame["term"].Cast<string>());
            Assert.Equal(3, index.Documents[0].Tokens);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("---\ntitle: Skipped\n---\nOpenAI Microsoft", 2)]
    [InlineData("---\r\ntitle: Skipped\r\n---\r\nOpenAI Microsoft", 2)]
    [InlineData("---\ntitle: Skipped\n...\nOpenAI Microsoft", 2)] // YAML's end-of-document line closes it too
    [InlineData("---\ntitle: Skipped\n--- not a closing line\n---\nOpenAI Microsoft", 2)]
    [InlineData("No front matter: OpenAI Microsoft", 5)]
    public void Streaming_skips_the_front_matter_that_loading_skips(string text, int tokens)
    {
        var folder = Directory.CreateTempSubdirectory("corpuslens-terms-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.md"), text);
            var loaded = global::CorpusLens.Corpus.Load(folder);
            Assert.Equal(tokens, Tokenizer.CountWords(loaded.Documents[0].Text));
            Assert.Equal(tokens, TermCounter.CountFolder(folder).Documents[0].Tokens);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Streaming_reports_the_metadata_rows_it_cannot_use_with_their_line()
    {
        using var folder = new CorpusLens.Tests.Corpus.TemporaryFolder();
        folder.Write("a.txt", "OpenAI Microsoft");
        folder.Write("b.txt", "Microsoft Google");
        folder.Write("metadata.csv", "id,language,section\na,en,tech\n,de,no id\na,de,again\nb,de\nb,de,business\n");
        var report = new LoadReport();
        var index = TermCounter.CountFolder(folder.Path, report: report);
        Assert.Equal(["en", "de"], index.Documents.Select(document => document.Language));
        Assert.Equal(["business", "tech"], index.Frequencies(by: "section", top: 1)["section"].Cast<string>());
        var skipped = report.Messages.Select(message => (message.Line, message.Reason.Split(":")[0])).OrderBy(skip => skip.Line).ToList();
        Assert.Equal([(3, "malformed metadata row"), (4, "duplicate id"), (5, "malformed row")], skipped);
        Assert.All(report.Messages, message => Assert.EndsWith("metadata.csv", message.Path, StringComparison.Ordinal));
        var error = new StringWriter();
        Assert.Equal(0, CorpusLens.Cli.CorpusLensCommandLine.Run(["terms", "--corpus", folder.Path, "--stream", "--format", "csv"], new StringWriter(), error));
        Assert.Contains("metadata.csv:4", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_group_column_is_a_one_line_user_error()
    {
        var index = TermCounter.Count([("a", "Microsoft", "en")]);
        var error = Assert.Throws<CorpusLensException>(() => index.Frequencies(by: "nope"));
        Assert.Contains("--by nope", error.Message);
        Assert.Throws<CorpusLensException>(() => TermCounter.Count([("a", "x", "en")], new TermOptions { NGram = 4 }));
    }
}
