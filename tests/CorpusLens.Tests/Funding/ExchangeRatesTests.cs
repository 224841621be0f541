using CorpusLens.Funding;

namespace CorpusLens.Tests.Funding;

public class ExchangeRatesTests
{
    [Theory]
    [InlineData("USD", 2019, 1.0)]
    [InlineData("EUR", 2019, 1.120)]
    [InlineData("EUR", 2020, 1.120)] // the nearest earlier year of the table
    [InlineData("EUR", 2000, 1.110)] // before the table: its first year
    [InlineData("GBP", 2024, 1.278)]
    [InlineData("JPY", 2023, 0.007124)]
    public void Rate_is_the_dated_table_value(string currency, int year, double rate)
    {
        Assert.Equal(rate, ExchangeRates.Rate(currency, year)!.Value, 1e-9);
    }

    [Fact]
    public void Unknown_currency_has_no_rate()
    {
        Assert.Null(ExchangeRates.Rate("CAD", 2019));
        Assert.True(double.IsNaN(ExchangeRates.ToUsd(10, "CAD", 2019)));
        Assert.Equal(10, ExchangeRates.ToUsd(10, "USD", null));
    }
}
