namespace CorpusLens.Funding;

/// <summary>An amount read from the token stream, before its currency.</summary>
/// <param name="Value">The number with its scale words applied.</param>
/// <param name="Multiplier">The product of the scale words (1 when none).</param>
/// <param name="End">Index of the token after the amount.</param>
/// <param name="Integral">True for a whole number written without decimals and without scale words.</param>
internal readonly record struct Amount(double Value, double Multiplier, int End, bool Integral);

/// <summary>
/// Reads an amount at a token: digits followed by scale words ("2,5 Mrd.", "1 000 milliards", "13-Milliarden"), or
/// number words ("un milliard", "eine Milliarde", "mille milliards", "a quarter million", "achtundsiebzig Millionen",
/// "quatre-vingt-dix"). At most <see cref="MaximumTokens"/> tokens are read, so each call costs a bounded amount.
/// </summary>
internal sealed class AmountReader(List<MoneyToken> tokens, string language)
{
    /// <summary>The most tokens one amount may span.</summary>
    public const int MaximumTokens = 16;

    /// <summary>Token comparisons made so far (for the linear-time check).</summary>
    public long Steps { get; set; }

    /// <summary>Reads the amount starting at <paramref name="index"/>, or null when none starts there.</summary>
    /// <param name="index">The first token.</param>
    /// <param name="centsOnly">True when reading the cents after a currency: French "cents" then means cents, not hundreds.</param>
    public Amount? Read(int index, bool centsOnly = false)
    {
        if (index >= tokens.Count)
        {
            return null;
        }
        var first = tokens[index];
        double small = 0, total = 0, lastScale = 0, lastValue = -1;
        var anyNumber = false;
        var digits = first.Type == MoneyTokenType.Number;
        var integral = true;
        var position = index;
        var end = index;
        if (digits)
        {
            small = DigitNumber.Parse(first.Lower, language);
            integral = small == Math.Floor(small);
            anyNumber = true;
            position++;
            end = position;
            if (position < tokens.Count && tokens[position].Lower == "%")
            {
                return null;
            }
        }
        while (position < tokens.Count && position - index < MaximumTokens)
        {
            Steps++;
            var token = tokens[position];
            if (token.Type == MoneyTokenType.Punctuation)
            {
                // A hyphen joins number words (quatre-vingt-dix, forty-five) and a number to its scale (340-Millionen).
                if (token.Lower == "-" && anyNumber && position + 1 < tokens.Count && Role(position + 1) is { } next
                    && (!digits || next.Role == NumberWordRole.Scale))
                {
                    position++;
                    continue;
                }
                break;
            }
            if (token.Type != MoneyTokenType.Word)
            {
                break;
            }
            if (!digits && !anyNumber && token.Lower == "a" && language == Text.Language.English
                && Role(position + 1) is { Role: not NumberWordRole.Value })
            {
                small = 1;
                anyNumber = true;
                position++;
                continue;
            }
            if (!digits && anyNumber && IsConnector(position))
            {
                position++;
                continue;
            }
            if (Role(position) is not { } word || (digits && word.Role != NumberWordRole.Scale) || (centsOnly && word.Role is not NumberWordRole.Value))
            {
                break;
            }
            switch (word.Role)
            {
                case NumberWordRole.Value:
                    small = language == Text.Language.French && word.Value == 20 && lastValue == 4 ? small + 76 : small + word.Value;
                    lastValue = word.Value;
                    break;
                case NumberWordRole.Hundred:
                    small = (small == 0 ? 1 : small) * 100;
                    break;
                case NumberWordRole.Fraction:
                    small = (small == 0 ? 1 : small) * word.Value;
                    integral = false;
                    break;
                default:
                    if (!anyNumber && token.Lower is not ("mille" or "tausend"))
                    {
                        return null;
                    }
                    if (small == 0 && total > 0 && word.Value > lastScale)
                    {
                        total *= word.Value;
                    }
                    else
                    {
                        total += (small == 0 ? 1 : small) * word.Value;
                    }
                    small = 0;
                    lastScale = lastScale == 0 ? word.Value : Math.Max(lastScale, word.Value);
                    if (NumberWords.IsAbbreviation(token.Lower) && position + 1 < tokens.Count && tokens[position + 1].Lower == ".")
                    {
                        position++;
                    }
                    break;
            }
            anyNumber = true;
            position++;
            end = position;
        }
        if (!anyNumber || end == index)
        {
            return null;
        }
        var value = total + small;
        var baseValue = digits ? DigitNumber.Parse(first.Lower, language) : value;
        var multiplier = lastScale == 0 ? 1 : (baseValue == 0 ? 1 : value / baseValue);
        return new Amount(value, digits ? multiplier : (lastScale == 0 ? 1 : lastScale), end, integral && lastScale == 0);
    }

    /// <summary>The role of the word at <paramref name="index"/> as a number word, or null.</summary>
    public (NumberWordRole Role, double Value)? Role(int index)
    {
        Steps++;
        return index < tokens.Count && tokens[index].Type == MoneyTokenType.Word ? NumberWords.Lookup(tokens[index].Lower, language) : null;
    }

    // "vingt et un", "one hundred and five": a connector inside a spelled-out number.
    private bool IsConnector(int index)
    {
        var word = tokens[index].Lower;
        var next = Role(index + 1);
        return word switch
        {
            "et" => language == Text.Language.French && index + 1 < tokens.Count && tokens[index + 1].Lower is "un" or "une" or "onze",
            "and" => language == Text.Language.English && next is { Role: NumberWordRole.Value } && Role(index - 1) is { Role: NumberWordRole.Hundred or NumberWordRole.Scale },
            _ => false,
        };
    }
}
