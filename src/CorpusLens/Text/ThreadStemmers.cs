using Lucene.Net.Tartarus.Snowball;

namespace CorpusLens.Text;

/// <summary>
/// One thread's Snowball stemmers, one per stemmed language class, and the buffer they work in: a word is stemmed
/// without finding its language's stemmer or the thread's instance on each call (in the stem pass those lookups
/// cost as much as a fifth of Snowball's own time). Not thread-safe: one per thread.
/// </summary>
internal sealed class ThreadStemmers
{
    private readonly SnowballProgram?[] programs = new SnowballProgram?[LanguageClass.Other];
    private char[] buffer = new char[64];

    /// <summary>
    /// The stem of the folded word <paramref name="word"/> (<see cref="CaseFolding.Fold(ReadOnlySpan{char}, Span{char})"/>:
    /// lower case already, so it is copied, not lower-cased again) in <paramref name="languageClass"/>: false when the
    /// stem is the word itself, else true with the stem in <paramref name="stem"/>, valid until this instance's next
    /// call (it is Snowball's own buffer).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public bool TryStem(ReadOnlySpan<char> word, int languageClass, out ReadOnlySpan<char> stem)
    {
        if (buffer.Length < word.Length * 2 + 8)
        {
            buffer = new char[word.Length * 2 + 8];
        }
        // The room beyond the word is for Snowball, which works in the array it is given.
        word.CopyTo(buffer);
        int length = word.Length;
        ReadOnlySpan<char> result = buffer.AsSpan(0, length);
        var snowball = languageClass < programs.Length
            ? programs[languageClass] ??= Stemmer.CreateProgram(LanguageClass.Code(languageClass))
            : null;
        if (snowball is not null)
        {
            snowball.SetCurrent(buffer, length);
            snowball.Stem();
            result = snowball.CurrentBuffer.AsSpan(0, snowball.CurrentBufferLength);
        }
        stem = result;
        return !result.SequenceEqual(word);
    }
}
