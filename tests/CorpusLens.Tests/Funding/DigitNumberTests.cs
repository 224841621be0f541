using CorpusLens.Funding;

namespace CorpusLens.Tests.Funding;

public class DigitNumberTests
{
    [Theory]
    [InlineData("1 000", "fr", 1000)]
    [InlineData("1.000", "de", 1000)]
    [InlineData("1,000", "en", 1000)]
    [InlineData("1,5", "fr", 1.5)]
    [InlineData("1.5", "en", 1.5)]
    [InlineData("125.000,50", "de", 125000.5)]
    [InlineData("20,000.00", "en", 20000)]
    [InlineData("1.000.000", "fr", 1000000)]
    [InlineData("2,75.1.000", "en", 2751)] // mixed garbage: the last '.' is the decimal mark, the others are dropped
    [InlineData("1,2,3.4.5", "en", 12345 / 10.0)]
    public void Reads_digit_groups_by_the_documented_rules(string raw, string language, double expected)
    {
        Assert.Equal(expected, DigitNumber.Parse(raw, language), 6);
    }
}
