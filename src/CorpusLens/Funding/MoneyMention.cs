namespace CorpusLens.Funding;

/// <summary>An amount of money found in a text by <see cref="MoneyRecognizer"/>.</summary>
/// <param name="Start">Offset of the first character of the span in the text given to the recognizer.</param>
/// <param name="End">Offset just after the span (exclusive).</param>
/// <param name="Text">The span: amount and currency, without the qualifier ("1 milliard de dollars").</param>
/// <param name="Amount">The amount as a plain number in the currency's units (1e9 for "1 milliard de dollars"); for a
/// range, its lower bound.</param>
/// <param name="Upper">For a range ("entre 10 et 20 milliards"), its upper bound; otherwise null.</param>
/// <param name="Currency">ISO 4217 code (USD, EUR, GBP, CHF, JPY, CNY, CAD, AUD, HKD, NZD, MXN).</param>
/// <param name="Qualifier">The qualifier before the amount in its canonical form ("plus de", "rund", "up to"), or empty.</param>
public sealed record MoneyMention(int Start, int End, string Text, double Amount, double? Upper, string Currency, string Qualifier);
