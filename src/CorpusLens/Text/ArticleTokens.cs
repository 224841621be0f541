namespace CorpusLens.Text;

/// <summary>A token of an article with its case-folded form (for the analyses that need positions: KWIC, collocations, dispersion).</summary>
internal readonly record struct FoldedToken(int Start, int Length, TokenKind Kind, string Folded)
{
    public int End => Start + Length;
}

/// <summary>Tokenizes an article's text into folded tokens (allocates; meant for corpora held in memory).</summary>
internal static class ArticleTokens
{
    public static List<FoldedToken> Read(Article article) => Read(article.Text);

    public static List<FoldedToken> Read(string text)
    {
        var result = new List<FoldedToken>();
        foreach (var token in Tokenizer.Tokenize(text))
        {
            result.Add(new FoldedToken(token.Start, token.Length, token.Kind, CaseFolding.Fold(text.AsSpan(token.Start, token.Length))));
        }
        return result;
    }
}
