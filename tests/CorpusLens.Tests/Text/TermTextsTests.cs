using CorpusLens.Text;

namespace CorpusLens.Tests.Text;

public class TermTextsTests
{
    // Two workers' vocabularies: folded units and surface forms, as the index builder points into them.
    private static readonly string[][] Units = [["openai", "modèle", "straße"], ["réseau", "microsoft"]];
    private static readonly string[][] Surfaces = [["OpenAI", "Modèle"], ["Microsoft", "réseau"]];

    // term -> (worker, unit) of its key, and (worker, surface) of its display form or null for the key itself.
    private static readonly ((int Worker, int Unit) Key, (int Worker, int Surface)? Shown, string ExpectedKey, string ExpectedShown)[] Terms =
    [
        ((0, 0), (0, 0), "openai", "OpenAI"),
        ((1, 1), (1, 0), "microsoft", "Microsoft"),
        ((0, 2), null, "straße", "straße"),
        ((1, 0), null, "réseau", "réseau"),
        ((0, 1), (0, 1), "modèle", "Modèle"),
    ];

    private static TermTexts Lazy()
    {
        var units = Units.Select(Vocabulary).ToArray();
        var surfaces = Surfaces.Select(Vocabulary).ToArray();
        var keyReferences = Terms.Select(term => TermTexts.Reference(term.Key.Worker, units[term.Key.Worker].OffsetOf(term.Key.Unit))).ToArray();
        var displayReferences = Terms.Select(term => term.Shown is { } shown
            ? TermTexts.Reference(shown.Worker, surfaces[shown.Worker].OffsetOf(shown.Surface))
            : -1L).ToArray();
        return new TermTexts(
            units.Select(vocabulary => vocabulary.Arena).ToArray(),
            surfaces.Select(vocabulary => vocabulary.Arena).ToArray(),
            keyReferences,
            displayReferences,
            characters: Terms.Sum(term => term.ExpectedKey.Length));
    }

    private static TermVocabulary Vocabulary(string[] keys)
    {
        var vocabulary = new TermVocabulary();
        foreach (var key in keys)
        {
            vocabulary.GetOrAdd(key);
        }
        return vocabulary;
    }

    [Fact]
    public void Made_on_demand_they_read_the_records_they_point_to()
    {
        var texts = Lazy();
        Assert.Equal(Terms.Length, texts.Count);
        for (int term = 0; term < Terms.Length; term++)
        {
            Assert.Equal(Terms[term].ExpectedKey, texts.KeySpan(term).ToString());
            Assert.Equal(Terms[term].ExpectedShown, texts.DisplaySpan(term).ToString());
            Assert.Equal(Terms[term].ExpectedShown, texts.Display(term));
            Assert.Equal(Terms[term].ExpectedKey, texts.Key(term));
        }
    }

    [Fact]
    public void A_display_form_equal_to_its_key_is_the_key_string_and_a_string_is_made_once()
    {
        var texts = Lazy();
        Assert.Same(texts.Key(2), texts.Display(2));
        Assert.Same(texts.Display(0), texts.Display(0));
        Assert.Same(texts.Display(0), texts.AllDisplay[0]);
    }

    [Fact]
    public void All_at_once_after_some_on_demand_gives_the_same_texts()
    {
        var texts = Lazy();
        string first = texts.Display(4);
        var all = texts.AllDisplay;
        Assert.Equal(Terms.Select(term => term.ExpectedShown), all);
        Assert.Same(first, all[4]);
        for (int term = 0; term < Terms.Length; term++)
        {
            Assert.Equal(Terms[term].ExpectedKey, texts.KeySpan(term).ToString()); // read from the strings now
        }
    }

    [Fact]
    public void Concurrent_readers_all_see_the_same_texts()
    {
        for (int round = 0; round < 50; round++)
        {
            var texts = Lazy();
            var seen = new string[4][];
            Parallel.For(0, 4, reader =>
            {
                seen[reader] = reader == 3
                    ? [.. texts.AllDisplay]
                    : Enumerable.Range(0, Terms.Length).Select(texts.Display).ToArray();
            });
            foreach (var view in seen)
            {
                Assert.Equal(Terms.Select(term => term.ExpectedShown), view);
            }
        }
    }

    [Fact]
    public void Given_texts_are_returned_as_they_are()
    {
        var texts = new TermTexts(["openai", "ia"], ["OpenAI", "IA"]);
        Assert.Equal("OpenAI", texts.Display(0));
        Assert.Equal("ia", texts.KeySpan(1).ToString());
        Assert.Equal(["OpenAI", "IA"], texts.AllDisplay);
    }
}
