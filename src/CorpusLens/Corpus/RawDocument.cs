namespace CorpusLens;

/// <summary>A document as read from its source, before cleaning: text plus whatever metadata came with it.</summary>
/// <param name="Id">The document id.</param>
/// <param name="Path">The file it came from.</param>
/// <param name="Text">The decoded text (front matter removed).</param>
/// <param name="Metadata">Metadata from front matter, a CSV or JSONL record, or the metadata file (lower-case keys).</param>
/// <param name="FirstLine">1-based line number of the first line of <paramref name="Text"/> in the file.</param>
internal sealed record RawDocument(string Id, string Path, string Text, IReadOnlyDictionary<string, string> Metadata, int FirstLine = 1);
