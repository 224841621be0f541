using System.Globalization;

namespace CorpusLens.Tests;

/// <summary>The culture attribute sets the culture for its test only.</summary>
public sealed class UseCultureAttributeTests
{
    [Theory]
    [InlineData("de-DE", "1,5")]
    [InlineData("fr-FR", "1,5")]
    [InlineData("en-US", "1.5")]
    public void A_test_runs_in_the_culture_it_names(string culture, string onePointFive)
    {
        var attribute = new UseCultureAttribute(culture);
        var before = CultureInfo.CurrentCulture;
        var method = typeof(UseCultureAttributeTests).GetMethod(nameof(A_test_runs_in_the_culture_it_names))!;
        attribute.Before(method);
        try
        {
            Assert.Equal(culture, CultureInfo.CurrentCulture.Name);
            Assert.Equal(culture, CultureInfo.CurrentUICulture.Name);
            Assert.Equal(onePointFive, 1.5.ToString(CultureInfo.CurrentCulture));
        }
        finally
        {
            attribute.After(method);
        }
        Assert.Equal(before, CultureInfo.CurrentCulture);
    }
}
