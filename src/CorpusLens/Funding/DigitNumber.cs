using System.Globalization;
using System.Text;

namespace CorpusLens.Funding;

/// <summary>
/// Reads a digit group as written in French, German or English: "1 000", "1.000", "1,000", "1,5", "1.5",
/// "125.000,50", "20,000.00".
/// </summary>
/// <remarks>
/// Spaces and apostrophes always group thousands. When both '.' and ',' occur, the last one is the decimal mark.
/// When only one of them occurs: more than once, it groups thousands; once and followed by other than three
/// digits, it is the decimal mark; once and followed by exactly three digits, the language decides (French and
/// German: ',' decimal and '.' grouping; English: '.' decimal and ',' grouping).
/// </remarks>
internal static class DigitNumber
{
    public static double Parse(string raw, string language)
    {
        var lastDot = raw.LastIndexOf('.');
        var lastComma = raw.LastIndexOf(',');
        char? decimalMark = null;
        if (lastDot >= 0 && lastComma >= 0)
        {
            decimalMark = lastDot > lastComma ? '.' : ',';
        }
        else if (lastDot >= 0 || lastComma >= 0)
        {
            var mark = lastDot >= 0 ? '.' : ',';
            var index = lastDot >= 0 ? lastDot : lastComma;
            var occurrences = raw.Count(character => character == mark);
            var digitsAfter = raw.Length - index - 1;
            if (occurrences == 1 && digitsAfter != 3)
            {
                decimalMark = mark;
            }
            else if (occurrences == 1)
            {
                var commaIsDecimal = language is Text.Language.French or Text.Language.German;
                decimalMark = (mark == ',') == commaIsDecimal ? mark : null;
            }
        }
        // Only the last occurrence of the decimal mark is one: "2,75.1.000" has its decimal point before "000".
        var decimalIndex = decimalMark is { } decimalCharacter ? raw.LastIndexOf(decimalCharacter) : -1;
        var builder = new StringBuilder(raw.Length);
        for (var index = 0; index < raw.Length; index++)
        {
            if (char.IsAsciiDigit(raw[index]))
            {
                builder.Append(raw[index]);
            }
            else if (index == decimalIndex)
            {
                builder.Append('.');
            }
        }
        return double.Parse(builder.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }
}
