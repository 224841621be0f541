using CorpusLens.Funding;
using Xunit.Abstractions;

namespace CorpusLens.Tests.Funding;

public class RecognizersCurrencySpecTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("fr")]
    [InlineData("de")]
    [InlineData("en")]
    public void Pass_rate_on_the_supported_cases_is_at_least_ninety_percent(string language)
    {
        var cases = RecognizersCurrencySpec.Load(language);
        var supported = cases.Where(specCase => specCase.Excluded is null).ToList();
        var failures = new List<string>();
        var sameSpans = 0;
        foreach (var specCase in supported)
        {
            var found = MoneyRecognizer.Recognize(specCase.Input, language);
            // Secondary figure, not asserted: the matched text agrees with the spec's (case-insensitive, in order).
            if (found.Select(mention => mention.Text.ToLowerInvariant()).SequenceEqual(specCase.Expected.Select(expected => expected.Text.ToLowerInvariant())))
            {
                sameSpans++;
            }
            if (!RecognizersCurrencySpec.Passes(specCase, found))
            {
                failures.Add($"{specCase}: {specCase.Input}\n    expected [{string.Join("; ", specCase.Expected.Select(e => $"{e.Text}={e.Value} {e.Currency}"))}]\n    found    [{string.Join("; ", found.Select(m => $"{m.Text}={m.Amount} {m.Currency}"))}]");
            }
        }
        var rate = (supported.Count - failures.Count) / (double)supported.Count;
        output.WriteLine($"{language}: {cases.Count} cases, {cases.Count - supported.Count} excluded, {supported.Count} supported, {supported.Count - failures.Count} passed, pass rate {rate:P1}; same spans in {sameSpans} of {supported.Count}");
        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }
        Assert.True(supported.Count >= 20, $"only {supported.Count} supported cases");
        Assert.True(rate >= 0.90, $"{language}: pass rate {rate:P1} below 90 %\n{string.Join('\n', failures)}");
    }
}
