namespace CorpusLens.Text;

/// <summary>What a token is.</summary>
public enum TokenKind
{
    /// <summary>A word: letters, possibly joined by hyphens or inner apostrophes (OpenAI-Partnerschaft).</summary>
    Word,

    /// <summary>An elided article or pronoun ending in an apostrophe: l’, d’, qu’.</summary>
    Elision,

    /// <summary>A number, with its thousands and decimal separators kept (1 000 is two tokens; 1.000,5 is one).</summary>
    Number,

    /// <summary>A web address starting with http://, https:// or www.</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,
}

/// <summary>A token: where it starts in the text, how long it is and what kind it is.</summary>
/// <param name="Start">Offset of the first character in the text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Kind">What the token is.</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;
}
