using CorpusLens.Text;

namespace CorpusLens.Tests.Text;

public class TermAnalysisTests
{
    private static global::CorpusLens.Corpus Make(params (string Id, string Language, string Text)[] articles) =>
        global::CorpusLens.Corpus.FromArticles(articles.Select(article => new Article
        {
            Id = article.Id,
            Language = article.Language,
            Text = article.Text,
            Sentences = [],
            Date = article.Id == "a" ? "2024-05" : "2023-11",
        }));

    [Fact]
    public void Kwic_lists_matches_with_their_context_as_written()
    {
        var corpus = Make(("a", "fr", "Selon lui, l’IA d’OpenAI change tout.\nEt l'IA de Google aussi."));
        var frame = TermAnalysis.Kwic(corpus, "l’IA", window: 2);
        Assert.Equal(["article", "position", "left", "match", "right"], frame.Columns.Select(column => column.Name));
        Assert.Equal(2, frame.Rows.Count);
        Assert.Equal(2, frame["position"][0]);
        Assert.Equal("Selon lui,", frame["left"][0]);
        Assert.Equal("l’IA", frame["match"][0]);
        Assert.Equal("d’OpenAI", frame["right"][0]);
        Assert.Equal("l'IA", frame["match"][1]);
        Assert.Equal("tout.\nEt".ReplaceLineEndings(" "), frame["left"][1]);
    }

    [Fact]
    public void Kwic_matches_phrases_and_prefixes_case_insensitively()
    {
        var corpus = Make(("a", "fr", "L’intelligence artificielle et les investissements. Investir dans l’INTELLIGENCE ARTIFICIELLE."));
        Assert.Equal(2, TermAnalysis.Kwic(corpus, "intelligence artificielle").Rows.Count);
        Assert.Equal(["investissements", "Investir"], TermAnalysis.Kwic(corpus, "invest*")["match"].Cast<string>());
        Assert.Throws<CorpusLensException>(() => TermAnalysis.Kwic(corpus, " ,; "));
    }

    [Fact]
    public void Dispersion_gives_token_positions_and_relative_positions()
    {
        var corpus = Make(("a", "en", "OpenAI one two three OpenAI"));
        var frame = TermAnalysis.Dispersion(corpus, "openai");
        Assert.Equal(["article", "term", "position", "relative_position"], frame.Columns.Select(column => column.Name));
        Assert.Equal([0, 4], frame["position"].Cast<int>());
        Assert.Equal([0.0, 1.0], frame["relative_position"].Cast<double>());
    }

    [Fact]
    public void Lexical_diversity_matches_hand_computed_ttr_and_mattr()
    {
        var corpus = Make(("a", "en", "a b a b c"));
        var frame = TermAnalysis.LexicalDiversity(corpus, window: 2);
        Assert.Equal(["article", "tokens", "types", "ttr", "mattr"], frame.Columns.Select(column => column.Name));
        Assert.Equal(5, frame["tokens"][0]);
        Assert.Equal(3, frame["types"][0]);
        Assert.Equal(0.6, (double)frame["ttr"][0], 10);
        Assert.Equal(1.0, (double)frame["mattr"][0], 10); // every window of two has two types
        var repeated = TermAnalysis.LexicalDiversity(Make(("b", "en", "a a a b")), window: 2);
        Assert.Equal((0.5 + 0.5 + 1.0) / 3, (double)repeated["mattr"][0], 10);
    }

    [Fact]
    public void Keyness_of_a_group_uses_the_signed_log_likelihood()
    {
        var corpus = Make(("a", "de", "Google Google Google Microsoft"), ("b", "fr", "Microsoft Microsoft Microsoft Google"));
        var frame = TermAnalysis.Keyness(corpus, column: "language", value: "de");
        Assert.Equal(["term", "g2", "chi2", "log_ratio", "target_count", "reference_count"], frame.Columns.Select(column => column.Name));
        Assert.Equal("Google", frame["term"][0]);
        Assert.Equal(KeynessStatistics.LogLikelihood(3, 4, 1, 4), (double)frame["g2"][0], 10);
        Assert.True((double)frame["g2"][1] < 0);
        Assert.Equal(3, frame["target_count"][0]);
        Assert.Equal(1, frame["reference_count"][0]);
        Assert.Throws<CorpusLensException>(() => TermAnalysis.Keyness(corpus, column: "language", value: "en"));
    }

    [Fact]
    public void Collocations_count_pairs_within_the_window_and_not_across_sentences()
    {
        var corpus = Make(("a", "en", "Sam Altman spoke. Sam Altman left. Altman smiled. Sam slept."));
        var frame = TermAnalysis.Collocations(corpus, window: 1, minimumCount: 1);
        Assert.Equal(["term", "collocate", "count", "pmi", "g2"], frame.Columns.Select(column => column.Name));
        var rows = Enumerable.Range(0, (int)frame.Rows.Count).ToDictionary(row => ((string)frame["term"][row], (string)frame["collocate"][row]), row => row);
        int pair = rows[("altman", "sam")];
        Assert.Equal(2, frame["count"][pair]);
        Assert.True(rows.ContainsKey(("altman", "smiled")));
        Assert.False(rows.ContainsKey(("sam", "spoke"))); // "spoke. Sam" are adjacent but in two sentences
        var ofAltman = TermAnalysis.Collocations(corpus, term: "Altman", window: 1, minimumCount: 2);
        Assert.Equal(["sam"], ofAltman["collocate"].Cast<string>());
    }

    [Fact]
    public void Tf_idf_and_the_wide_matrix_come_from_the_sparse_matrix()
    {
        var corpus = Make(("a", "en", "Microsoft OpenAI OpenAI"), ("b", "en", "Microsoft Google"));
        var matrix = TermAnalysis.DocumentTermMatrix(corpus);
        Assert.Equal(4, matrix.NonZero);
        var tfIdf = matrix.TfIdf();
        Assert.Equal(["article", "term", "count", "tf_idf"], tfIdf.Columns.Select(column => column.Name));
        Assert.Equal("OpenAI", tfIdf["term"][0]);
        Assert.Equal(2 * Math.Log10(2), (double)tfIdf["tf_idf"][0], 10);
        Assert.Equal(0.0, (double)tfIdf["tf_idf"][1], 10); // Microsoft is in every article
        var wide = matrix.ToWideFrame(top: 2);
        Assert.Equal(["article", "Microsoft", "OpenAI"], wide.Columns.Select(column => column.Name));
        Assert.Equal([0, 2], new[] { (int)wide["OpenAI"][1], (int)wide["OpenAI"][0] });
    }

    [Fact]
    public void Frequencies_group_by_a_metadata_column()
    {
        var corpus = Make(("a", "en", "OpenAI OpenAI"), ("b", "en", "OpenAI Google"));
        var frame = TermAnalysis.Frequencies(corpus, by: "date");
        Assert.Equal("date", frame.Columns[0].Name);
        Assert.Equal(["2023-11", "2023-11", "2024-05"], frame["date"].Cast<string>());
    }
}
