using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CorpusLens.Text;

/// <summary>
/// The key records of a <see cref="TermVocabulary"/> without its hash table: what an index keeps to make the strings
/// of its terms when they are first asked for, after the vocabularies themselves are gone.
/// </summary>
internal readonly struct KeyArena(char[][] chunks)
{
    /// <summary>The key whose record starts at <paramref name="offset"/> (<see cref="TermVocabulary.OffsetOf"/>).</summary>
    public ReadOnlySpan<char> this[int offset]
    {
        get
        {
            ref char record = ref chunks[offset >> TermVocabulary.ChunkShift][offset & TermVocabulary.PositionMask];
            int length = Unsafe.As<char, int>(ref Unsafe.Add(ref record, 6));
            return MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref record, TermVocabulary.Header), length);
        }
    }
}
