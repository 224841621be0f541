namespace CorpusLens.Cli;

/// <summary>How a command prints its table.</summary>
public enum OutputFormat
{
    /// <summary>A table for people reading a terminal (long texts shortened).</summary>
    Table,

    /// <summary>RFC 4180 CSV with a header row, invariant culture.</summary>
    Csv,

    /// <summary>A JSON array of objects.</summary>
    Json,
}
