namespace CorpusLens.Funding;

/// <summary>
/// A small dated table of US dollars per unit of currency (annual averages, rounded to four significant digits),
/// used to put figures in different currencies side by side. Compiled 2026-11-23 from published annual averages of
/// reference rates; approximate, for comparison only. USD converts as is; a currency not in the table has no rate.
/// </summary>
public static class ExchangeRates
{
    /// <summary>The date the table was compiled.</summary>
    public const string AsOf = "2026-11-23";

    private static readonly Dictionary<string, SortedDictionary<int, double>> Table = new(StringComparer.Ordinal)
    {
        ["EUR"] = new() { [2015] = 1.110, [2017] = 1.130, [2019] = 1.120, [2021] = 1.183, [2022] = 1.053, [2023] = 1.081, [2024] = 1.082, [2025] = 1.130 },
        ["GBP"] = new() { [2015] = 1.528, [2017] = 1.288, [2019] = 1.277, [2021] = 1.376, [2022] = 1.237, [2023] = 1.244, [2024] = 1.278, [2025] = 1.320 },
        ["CHF"] = new() { [2015] = 1.040, [2017] = 1.016, [2019] = 1.006, [2021] = 1.094, [2022] = 1.047, [2023] = 1.113, [2024] = 1.136, [2025] = 1.210 },
        ["JPY"] = new() { [2015] = 0.008264, [2017] = 0.008913, [2019] = 0.009174, [2021] = 0.009107, [2022] = 0.007613, [2023] = 0.007124, [2024] = 0.006607, [2025] = 0.006700 },
        ["CNY"] = new() { [2015] = 0.1606, [2017] = 0.1481, [2019] = 0.1448, [2021] = 0.1550, [2022] = 0.1487, [2023] = 0.1412, [2024] = 0.1389, [2025] = 0.1390 },
    };

    /// <summary>The currencies with a rate (besides USD).</summary>
    public static IReadOnlyCollection<string> Currencies => Table.Keys;

    /// <summary>
    /// US dollars per unit of <paramref name="currency"/> in <paramref name="year"/> (the nearest earlier year of the
    /// table, else its first year; the latest year when <paramref name="year"/> is null); 1 for USD; null when unknown.
    /// </summary>
    public static double? Rate(string currency, int? year)
    {
        if (currency == "USD")
        {
            return 1;
        }
        if (!Table.TryGetValue(currency, out var rates))
        {
            return null;
        }
        if (year is not { } wanted)
        {
            return rates.Values.Last();
        }
        var earlier = rates.Where(pair => pair.Key <= wanted).Select(pair => (double?)pair.Value).LastOrDefault();
        return earlier ?? rates.Values.First();
    }

    /// <summary>The amount in US dollars, or NaN when no rate is known.</summary>
    public static double ToUsd(double amount, string currency, int? year) =>
        Rate(currency, year) is { } rate ? amount * rate : double.NaN;
}
