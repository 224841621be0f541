namespace CorpusLens.Text;

/// <summary>The result of language detection.</summary>
/// <param name="Language">The detected code (fr, de, en) or <see cref="Language.Undetermined"/>.</param>
/// <param name="Score">Share of the function-word evidence that points to <paramref name="Language"/>, from 0 to 1.</param>
/// <param name="Evidence">How many function words of the winning language were seen.</param>
public readonly record struct LanguageGuess(string Language, double Score, int Evidence);
