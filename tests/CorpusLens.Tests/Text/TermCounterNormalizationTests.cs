using System.Text;
using CorpusLens.Text;
using CsCheck;

namespace CorpusLens.Tests.Text;

/// <summary>
/// <c>TermCounter.NeedsNormalization</c> skips ICU's check for text whose characters from U+0300 up are all in
/// U+2002-U+20CF; these tests hold it to ICU's answer (<see cref="string.IsNormalized(NormalizationForm)"/>).
/// </summary>
public class TermCounterNormalizationTests
{
    public static TheoryData<string, bool> Cases => new()
    {
        { "plain ASCII", false },
        { "déjà, Straße, Ähre", false },                 // precomposed Latin-1 letters
        { "l’IA d’OpenAI « qu’elle » – “oui” … 10 €", false }, // quotes, dashes, ellipsis, euro: skipped
        { "e\u0301", true },                             // e + combining acute composes to é
        { "l’e\u0301te\u0301", true },                   // a mark after an inert character still counts
        { "’\u0301", false },                            // a mark that composes with nothing: already NFC
        { "\u2000", true },                              // EN QUAD decomposes to EN SPACE: outside the range
        { "\u2001", true },                              // EM QUAD likewise
        { "\u212B", true },                              // ANGSTROM SIGN decomposes to Å
        { "\u20D0", false },                             // first combining mark for symbols: checked, NFC alone
        { "\u1100\u1161", true },                        // Hangul jamo compose to a syllable
        { "\U0001D400", false },                         // a surrogate pair: checked, NFC
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Agrees_with_the_table(string text, bool expected)
    {
        Assert.Equal(!text.IsNormalized(NormalizationForm.FormC), expected); // the table itself is right
        Assert.Equal(expected, TermCounter.NeedsNormalization(text));
    }

    [Fact]
    public void Every_character_of_the_skipped_range_is_inert_next_to_every_character_below_it()
    {
        // Exhaustive over the two ranges the fast path relies on: each pair in both orders.
        var others = Enumerable.Range(0, 0x300).Concat(Enumerable.Range(0x2002, 0x20D0 - 0x2002)).Select(code => (char)code).ToArray();
        for (char skipped = '\u2002'; skipped < '\u20D0'; skipped++)
        {
            foreach (char other in others)
            {
                foreach (var text in new[] { new string([other, skipped]), new string([skipped, other]) })
                {
                    Assert.True(text.IsNormalized(NormalizationForm.FormC), $"U+{(int)text[0]:X4} U+{(int)text[1]:X4} is not NFC");
                    Assert.False(TermCounter.NeedsNormalization(text));
                }
            }
        }
    }

    [Fact]
    public void Agrees_with_ICU_on_random_text()
    {
        // Letters, the skipped range's edges, combining marks, decomposing signs and Hangul jamo, mixed.
        var alphabet = Gen.Char["aeEoAß’“”–…€\u2001\u2002\u20CF\u20D0\u0300\u0301\u0308\u0327\u212B\u1100\u1161\u00C5 "];
        Gen.String[alphabet, 0, 24].Sample(
            text => Assert.Equal(!text.IsNormalized(NormalizationForm.FormC), TermCounter.NeedsNormalization(text)),
            iter: 20000);
    }
}
