using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CorpusLens.Text;

/// <summary>
/// What the tokenizer needs to know of each UTF-16 code unit, precomputed once into a 64 KB table of flags, so that
/// reading a word costs one table lookup per character instead of a Unicode category query.
/// </summary>
internal static class CharacterClasses
{
    /// <summary>A letter (<see cref="char.IsLetter(char)"/>).</summary>
    public const byte Letter = 1;

    /// <summary>A combining mark (non-spacing or spacing), kept inside words so decomposed accents stay attached.</summary>
    public const byte Mark = 2;

    /// <summary>A decimal digit (<see cref="char.IsDigit(char)"/>).</summary>
    public const byte Digit = 4;

    /// <summary>' or ’.</summary>
    public const byte Apostrophe = 8;

    /// <summary>- or the Unicode hyphen U+2010.</summary>
    public const byte Hyphen = 16;

    /// <summary>A character that ends a web or e-mail address: white space, angle brackets, quotes, parentheses.</summary>
    public const byte AddressEnd = 32;

    /// <summary>A letter or a combining mark.</summary>
    public const byte WordChar = Letter | Mark;

    /// <summary>A letter, a combining mark or a digit: continues a word.</summary>
    public const byte WordOrDigit = Letter | Mark | Digit;

    /// <summary>A letter or a digit: starts a token.</summary>
    public const byte TokenStart = Letter | Digit;

    private static readonly byte[] Table = Build();

    /// <summary>The flags of <paramref name="c"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte Of(char c) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Table), c);

    /// <summary>True when <paramref name="c"/> has any of <paramref name="flags"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Is(char c, byte flags) => (Of(c) & flags) != 0;

    /// <summary>
    /// The first position from <paramref name="start"/> on whose character is not a letter, mark or digit (or the
    /// end of <paramref name="text"/>). Sixteen characters are tested at a time while they are ASCII letters and
    /// digits or Latin letters (<see cref="LatinLettersStart"/>), where the answer needs no table; any other non-ASCII
    /// character is looked up in the table.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int SkipWordOrDigit(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        if (System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated)
        {
            var lowerA = System.Runtime.Intrinsics.Vector256.Create((ushort)'a');
            var zero = System.Runtime.Intrinsics.Vector256.Create((ushort)'0');
            var caseBit = System.Runtime.Intrinsics.Vector256.Create((ushort)0x20);
            var letters = System.Runtime.Intrinsics.Vector256.Create((ushort)26);
            var digits = System.Runtime.Intrinsics.Vector256.Create((ushort)10);
            var latinStart = System.Runtime.Intrinsics.Vector256.Create((ushort)LatinLettersStart);
            var latinLength = System.Runtime.Intrinsics.Vector256.Create((ushort)(LatinLettersEnd - LatinLettersStart));
            var times = System.Runtime.Intrinsics.Vector256.Create((ushort)'\u00D7');
            var divide = System.Runtime.Intrinsics.Vector256.Create((ushort)'\u00F7');
            while (i + 16 <= text.Length)
            {
                var chars = System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref first, (nuint)i);
                var letter = System.Runtime.Intrinsics.Vector256.LessThan((chars | caseBit) - lowerA, letters);
                var digit = System.Runtime.Intrinsics.Vector256.LessThan(chars - zero, digits);
                var latin = System.Runtime.Intrinsics.Vector256.LessThan(chars - latinStart, latinLength)
                    & ~(System.Runtime.Intrinsics.Vector256.Equals(chars, times) | System.Runtime.Intrinsics.Vector256.Equals(chars, divide));
                uint other = ~System.Runtime.Intrinsics.Vector256.ExtractMostSignificantBits(letter | digit | latin) & 0xFFFF;
                if (other == 0)
                {
                    i += 16;
                    continue;
                }
                i += System.Numerics.BitOperations.TrailingZeroCount(other);
                if (Unsafe.Add(ref first, i) < 0x80)
                {
                    return i;
                }
                break;
            }
        }
        while (i < text.Length && Is(text[i], WordOrDigit))
        {
            i++;
        }
        return i;
    }

    /// <summary>
    /// From here (À) to <see cref="LatinLettersEnd"/> (exclusive, after ɏ), every character but × and ÷ is a letter:
    /// Latin-1's letters and Latin Extended-A and B, the accented letters of French and German, tested with ASCII's in
    /// <see cref="SkipWordOrDigit"/>.
    /// </summary>
    internal const char LatinLettersStart = '\u00C0';

    /// <summary>The end (exclusive) of the range that starts at <see cref="LatinLettersStart"/>.</summary>
    internal const char LatinLettersEnd = '\u0250';

    private static byte[] Build()
    {
        var table = new byte[char.MaxValue + 1];
        for (int code = 0; code <= char.MaxValue; code++)
        {
            char c = (char)code;
            byte flags = 0;
            if (char.IsLetter(c))
            {
                flags |= Letter;
            }
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                flags |= Mark;
            }
            if (char.IsDigit(c))
            {
                flags |= Digit;
            }
            if (c is '\'' or '\u2019')
            {
                flags |= Apostrophe;
            }
            if (c is '-' or '\u2010')
            {
                flags |= Hyphen;
            }
            if (char.IsWhiteSpace(c) || c is '<' or '>' or '"' or '«' or '»' or '“' or '”' or '„' or '(' or ')' or '[' or ']')
            {
                flags |= AddressEnd;
            }
            table[code] = flags;
        }
        return table;
    }
}
