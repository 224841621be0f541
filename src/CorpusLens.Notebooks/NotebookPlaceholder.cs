namespace CorpusLens.Notebooks;

/// <summary>Marks the notebook-runner assembly until the runner lands.</summary>
internal static class NotebookPlaceholder
{
}
