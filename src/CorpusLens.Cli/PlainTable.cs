namespace CorpusLens.Cli;

/// <summary>
/// Writes a table of plain one-line cells in the characters Spectre.Console writes for it (rounded border, one space
/// of padding, numeric columns right-aligned), without its layout engine. A cell is plain when every character takes
/// one terminal column (<see cref="Spectre.Console.Rendering.Segment.CellCount()"/>) and is neither a control character
/// nor white space other than single spaces between words; the table must fit the console's width. The test
/// <c>PlainTableTests</c> compares both renderings over random tables.
/// </summary>
internal static class PlainTable
{
    // Per character, once looked up in Spectre.Console: 1 when it takes one column, 2 when not (0: not looked up yet).
    private static readonly byte[] Widths = new byte[char.MaxValue + 1];

    /// <summary>
    /// Writes the table and returns true, or returns false without writing when a cell is not plain, the table has no
    /// column or no row, or it is wider than <paramref name="width"/> terminal columns.
    /// </summary>
    public static bool TryWrite(IReadOnlyList<string> headers, IReadOnlyList<bool> rightAligned, IReadOnlyList<string[]> rows, int width, TextWriter output)
    {
        if (headers.Count == 0 || rows.Count == 0)
        {
            return false;
        }
        var widths = new int[headers.Count];
        for (int column = 0; column < headers.Count; column++)
        {
            if (!IsPlain(headers[column]))
            {
                return false;
            }
            widths[column] = headers[column].Length;
        }
        foreach (var row in rows)
        {
            for (int column = 0; column < widths.Length; column++)
            {
                var cell = row[column];
                if (cell.Length > widths[column])
                {
                    widths[column] = cell.Length;
                }
                if (!IsPlain(cell))
                {
                    return false;
                }
            }
        }
        if (widths.Contains(0) || widths.Sum() + (3 * widths.Length) + 1 > width)
        {
            return false;
        }
        WriteRule(output, widths, '╭', '┬', '╮');
        WriteRow(output, widths, rightAligned, headers);
        WriteRule(output, widths, '├', '┼', '┤');
        foreach (var row in rows)
        {
            WriteRow(output, widths, rightAligned, row);
        }
        WriteRule(output, widths, '╰', '┴', '╯');
        return true;
    }

    /// <summary>True when every character of <paramref name="cell"/> takes one column and its only white space is single spaces between words.</summary>
    internal static bool IsPlain(string cell)
    {
        for (int i = 0; i < cell.Length; i++)
        {
            char c = cell[i];
            if (c is > ' ' and < '\u007F')
            {
                continue;
            }
            if (c == ' ')
            {
                if (i == 0 || i == cell.Length - 1 || cell[i - 1] == ' ')
                {
                    return false;
                }
                continue;
            }
            if (char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c) || !TakesOneColumn(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool TakesOneColumn(char c)
    {
        if (Widths[c] == 0)
        {
            Widths[c] = new Spectre.Console.Rendering.Segment(c.ToString()).CellCount() == 1 ? (byte)1 : (byte)2;
        }
        return Widths[c] == 1;
    }

    private static void WriteRule(TextWriter output, int[] widths, char left, char middle, char right)
    {
        output.Write(left);
        for (int column = 0; column < widths.Length; column++)
        {
            if (column > 0)
            {
                output.Write(middle);
            }
            output.Write(new string('─', widths[column] + 2));
        }
        output.Write(right);
        output.Write('\n');
    }

    private static void WriteRow(TextWriter output, int[] widths, IReadOnlyList<bool> rightAligned, IReadOnlyList<string> cells)
    {
        output.Write('│');
        for (int column = 0; column < widths.Length; column++)
        {
            var cell = cells[column];
            int padding = widths[column] - cell.Length;
            output.Write(' ');
            if (rightAligned[column])
            {
                WriteSpaces(output, padding);
                output.Write(cell);
            }
            else
            {
                output.Write(cell);
                WriteSpaces(output, padding);
            }
            output.Write(" │");
        }
        output.Write('\n');
    }

    private static void WriteSpaces(TextWriter output, int count)
    {
        for (int i = 0; i < count; i++)
        {
            output.Write(' ');
        }
    }
}
