namespace CorpusLens.Tables;

/// <summary>A text format a table is written in, as <see cref="DataFrameWriter"/> writes it.</summary>
public enum TableFormat
{
    /// <summary>RFC 4180 CSV: header row, CRLF line ends, fields quoted when needed.</summary>
    Csv,

    /// <summary>An indented JSON array with one object per row.</summary>
    Json,
}
