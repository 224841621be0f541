using System.Net;
using CorpusLens.Charts;
using CsCheck;

namespace CorpusLens.Tests.Charts;

public class PlotTextTests
{
    [Fact]
    public void Escaped_text_has_no_markup_and_decodes_to_the_original() =>
        Gen.String.Sample(text =>
        {
            var escaped = PlotText.Escape(text);
            Assert.DoesNotContain('<', escaped);
            Assert.DoesNotContain('>', escaped);
            Assert.Equal(text, WebUtility.HtmlDecode(escaped));
        });

    [Fact]
    public void Wrapped_text_has_only_our_line_breaks_as_markup() =>
        Gen.String.Sample(text =>
        {
            var wrapped = PlotText.Wrapped(text, width: 20, maximum: 100);
            Assert.DoesNotContain('<', wrapped.Replace("<br>", string.Empty, StringComparison.Ordinal));
        });

    [Fact]
    public void Long_text_is_shortened_and_broken_into_lines()
    {
        var wrapped = PlotText.Wrapped("Microsoft investit un milliard de dollars dans OpenAI pour développer une intelligence artificielle générale", width: 30, maximum: 60);
        Assert.EndsWith("…", wrapped, StringComparison.Ordinal);
        Assert.All(wrapped.Split("<br>"), line => Assert.True(line.Length <= 31, line));
    }

    [Theory]
    [InlineData(1.3e10, "$13 billion")]
    [InlineData(6.5e8, "$650 million")]
    [InlineData(2.5e12, "$2.5 trillion")]
    [InlineData(12500, "$12,500")]
    [InlineData(double.NaN, "unknown")]
    public void Dollars_read_in_words(double value, string expected) => Assert.Equal(expected, PlotText.Dollars(value));
}
