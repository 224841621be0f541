using System.Globalization;
using System.Text.Json;
using CorpusLens.Funding;

namespace CorpusLens.Tests.Funding;

/// <summary>One expected money figure of a Microsoft.Recognizers.Text currency spec case.</summary>
public sealed record ExpectedMoney(string Text, double Value, string Currency);

/// <summary>A spec case: input, language, the expected figures when every currency is supported, or why it is excluded.</summary>
public sealed record SpecCase(string Language, int Number, string Input, IReadOnlyList<ExpectedMoney> Expected, string? Excluded)
{
    public override string ToString() => $"{Language}#{Number}";
}

/// <summary>Reads TestData/recognizers-currency/*.json and decides which cases the project supports.</summary>
public static class RecognizersCurrencySpec
{
    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        ["fr"] = "French.json",
        ["de"] = "German.json",
        ["en"] = "English.json",
    };

    // Unit names used by the specs, mapped to ISO codes; a unit not listed here is unsupported (Franc, Cent, Pence, Rupee…).
    private static readonly Dictionary<string, string> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Dollar"] = "USD", ["United States dollar"] = "USD", ["Dollar États-Unis"] = "USD",
        ["Euro"] = "EUR",
        ["Pound"] = "GBP", ["Livre"] = "GBP", ["British pound"] = "GBP",
        ["Swiss franc"] = "CHF", ["Franc Suisse"] = "CHF",
        ["Japanese yen"] = "JPY", ["Yen Japonais"] = "JPY",
        ["Chinese yuan"] = "CNY", ["Yuan Chinois"] = "CNY",
        ["Canadian dollar"] = "CAD", ["Dollar Canadien"] = "CAD",
        ["Australian dollar"] = "AUD", ["Dollar Australien"] = "AUD",
        ["Hong Kong dollar"] = "HKD", ["Dollar de Hong Kong"] = "HKD",
        ["New Zealand dollar"] = "NZD", ["Dollar néo-zélandais"] = "NZD",
        ["Mexican peso"] = "MXN",
    };

    public static string DataDirectory => Path.Combine(AppContext.BaseDirectory, "TestData", "recognizers-currency");

    public static IReadOnlyList<SpecCase> Load(string language)
    {
        using var stream = File.OpenRead(Path.Combine(DataDirectory, Files[language]));
        using var document = JsonDocument.Parse(stream);
        var cases = new List<SpecCase>();
        var number = 0;
        foreach (var element in document.RootElement.EnumerateArray())
        {
            number++;
            var input = element.GetProperty("Input").GetString() ?? string.Empty;
            var expected = new List<ExpectedMoney>();
            string? excluded = null;
            foreach (var result in element.GetProperty("Results").EnumerateArray())
            {
                var resolution = result.GetProperty("Resolution");
                var text = result.GetProperty("Text").GetString() ?? string.Empty;
                var unit = resolution.TryGetProperty("unit", out var unitElement) ? unitElement.GetString() ?? string.Empty : string.Empty;
                var iso = resolution.TryGetProperty("isoCurrency", out var isoElement) ? isoElement.GetString() : null;
                var code = !string.IsNullOrEmpty(iso) ? iso : Units.GetValueOrDefault(unit);
                if (!resolution.TryGetProperty("value", out var valueElement) || valueElement.ValueKind == JsonValueKind.Null)
                {
                    // A bare currency name ("dollar") is not an amount: the project does not report it.
                    continue;
                }
                if (code is null || !CurrencyLexicon.Codes.Contains(code))
                {
                    excluded = $"unsupported currency {unit}";
                    continue;
                }
                // The specs write values with the decimal comma in some cases ("2,75").
                var value = double.Parse((valueElement.GetString() ?? "").Replace(',', '.'), CultureInfo.InvariantCulture);
                expected.Add(new ExpectedMoney(text, value, code));
            }
            if (excluded is null && expected.Count == 0 && element.GetProperty("Results").GetArrayLength() > 0)
            {
                excluded = "only bare currency names";
            }
            cases.Add(new SpecCase(language, number, input, expected, excluded));
        }
        return cases;
    }

    /// <summary>True when the recognizer finds exactly the expected figures (value and currency, in any order).</summary>
    public static bool Passes(SpecCase specCase, IReadOnlyList<MoneyMention> found)
    {
        if (found.Count != specCase.Expected.Count)
        {
            return false;
        }
        var remaining = found.ToList();
        foreach (var expected in specCase.Expected)
        {
            var match = remaining.FindIndex(mention => mention.Currency == expected.Currency
                && Math.Abs(mention.Amount - expected.Value) <= 1e-6 * Math.Max(1, Math.Abs(expected.Value)));
            if (match < 0)
            {
                return false;
            }
            remaining.RemoveAt(match);
        }
        return true;
    }
}
