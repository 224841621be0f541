using CsCheck;
using CorpusLens.Text;

namespace CorpusLens.Tests.Corpus;

public class SentenceSplitterTests
{
    public static TheoryData<string, string, string[]> Cases => new()
    {
        // French: abbreviations, guillemets, question marks with a space, ellipsis.
        { "fr", "M. Dupont est arrivé. Il a parlé.", ["M. Dupont est arrivé.", "Il a parlé."] },
        { "fr", "Mme Hood a lu le courriel. Puis elle a répondu.", ["Mme Hood a lu le courriel.", "Puis elle a répondu."] },
        { "fr", "« Très bon courriel. » Nadella l’a transmis.", ["« Très bon courriel. »", "Nadella l’a transmis."] },
        { "fr", "« Pourquoi ? » a-t-il demandé. Personne ne sait.", ["« Pourquoi ? » a-t-il demandé.", "Personne ne sait."] },
        { "fr", "Son objectif ? Promouvoir l’IA.", ["Son objectif ?", "Promouvoir l’IA."] },
        { "fr", "Il hésita… puis il signa. Fin.", ["Il hésita… puis il signa.", "Fin."] },
        { "fr", "Il hésita… Puis il signa.", ["Il hésita…", "Puis il signa."] },
        { "fr", "Voir p. ex. le rapport. Ensuite on verra.", ["Voir p. ex. le rapport.", "Ensuite on verra."] },
        { "fr", "Il a investi 1,5 milliard. C’est beaucoup.", ["Il a investi 1,5 milliard.", "C’est beaucoup."] },
        { "fr", "« Je regrette. Je n’ai jamais voulu nuire. » a-t-il dit.", ["« Je regrette.", "Je n’ai jamais voulu nuire. » a-t-il dit."] },
        // German: z. B., ordinals, „…“ quotes, Dr.
        { "de", "Das gilt z. B. für Google. Dann kam Microsoft.", ["Das gilt z. B. für Google.", "Dann kam Microsoft."] },
        { "de", "Am 22. Juli wurde es bekannt. Niemand war überrascht.", ["Am 22. Juli wurde es bekannt.", "Niemand war überrascht."] },
        { "de", "„Sehr gute E-Mail.“ Nadella leitete sie weiter.", ["„Sehr gute E-Mail.“", "Nadella leitete sie weiter."] },
        { "de", "Dr. Scott schrieb es. Hood las es.", ["Dr. Scott schrieb es.", "Hood las es."] },
        { "de", "Es kostete ca. 13 Mrd. Dollar. Das ist viel.", ["Es kostete ca. 13 Mrd. Dollar.", "Das ist viel."] },
        // English and shared rules: initials, decimals, line breaks, no final mark.
        { "en", "J. K. Rowling wrote it. Mr. Smith read it.", ["J. K. Rowling wrote it.", "Mr. Smith read it."] },
        { "en", "Version 3.5 shipped. It works", ["Version 3.5 shipped.", "It works"] },
        { "en", "A heading\nThe body starts here. Then more.", ["A heading", "The body starts here.", "Then more."] },
        { "en", "", [] },
        { "en", "   \n\n  ", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Splits_sentences_by_rule(string language, string text, string[] expected)
    {
        Assert.Equal(expected, SentenceSplitter.SplitToStrings(text, language));
    }

    [Fact]
    public void Spans_cover_every_non_space_character_exactly_once()
    {
        Gen.String.Sample(text =>
        {
            var spans = SentenceSplitter.Split(text);
            int previousEnd = 0;
            foreach (var span in spans)
            {
                Assert.True(span.Start >= previousEnd && span.End > span.Start && span.End <= text.Length);
                Assert.True(string.IsNullOrWhiteSpace(text[previousEnd..span.Start]) || text[previousEnd..span.Start].Trim().Length == 0);
                previousEnd = span.End;
            }
            Assert.True(text[previousEnd..].Trim().Length == 0);
        });
    }
}
