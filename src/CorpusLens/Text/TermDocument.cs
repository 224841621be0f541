namespace CorpusLens.Text;

/// <summary>A document as the term index knows it.</summary>
/// <param name="Id">The article id (file name without extension for a streamed folder).</param>
/// <param name="Language">fr, de, en, … or und.</param>
/// <param name="Tokens">Number of tokens (words, numbers, elisions, addresses): the denominator of per-1,000 rates.</param>
/// <param name="Metadata">Values to group by: date, source, title and the metadata columns.</param>
public sealed record TermDocument(string Id, string Language, int Tokens, IReadOnlyDictionary<string, string> Metadata);
