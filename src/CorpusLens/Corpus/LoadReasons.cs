namespace CorpusLens;

/// <summary>
/// The reasons a load gives for the inputs it skips or warns of, in one place, so that loading a corpus and streaming
/// a folder (<see cref="Text.TermCounter.CountFolder"/>) say the same words for the same thing.
/// </summary>
internal static class LoadReasons
{
    /// <summary>A file that cannot be opened or read: <c>unreadable file: Could not find file '…'.</c></summary>
    public static string Unreadable(string why) => $"unreadable file: {why}";

    /// <summary>An input whose id an earlier one has.</summary>
    public static string DuplicateId(string id, string firstPath) => $"duplicate id: '{id}' already loaded from {firstPath}";

    /// <summary>A metadata row whose file was not loaded.</summary>
    public static string UnusedMetadataRow(string id) => $"metadata names '{id}', but no file {id}.txt or {id}.md was loaded";
}
