namespace CorpusLens.Tests.Build;

/// <summary>Finds files of this repository from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = Path.GetDirectoryName(CorpusLens.Corpus.FindBundledData(AppContext.BaseDirectory))!;

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);
}
