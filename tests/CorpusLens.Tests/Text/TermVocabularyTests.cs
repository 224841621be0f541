using CorpusLens.Text;
using CsCheck;

namespace CorpusLens.Tests.Text;

public class TermVocabularyTests
{
    [Fact]
    public void Gives_dense_ids_and_finds_keys_again_after_growing()
    {
        var vocabulary = new TermVocabulary(capacity: 4);
        var words = Enumerable.Range(0, 50_000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        for (int i = 0; i < words.Count; i++)
        {
            Assert.Equal(i, vocabulary.GetOrAdd(words[i]));
        }
        Assert.Equal(words.Count, vocabulary.Count);
        for (int i = 0; i < words.Count; i += 997)
        {
            Assert.Equal(i, vocabulary.IndexOf(words[i]));
            Assert.Equal(words[i], vocabulary.GetString(i));
            Assert.Equal(i, vocabulary.GetOrAdd(words[i], out bool added));
            Assert.False(added);
        }
        Assert.Equal(-1, vocabulary.IndexOf("absent"));
    }

    [Fact]
    public void A_short_key_has_one_hash_whether_read_from_text_or_copied()
    {
        // Keys of 0 to 16 chars at any place in a longer text: read in one load from the text (masked) or copied into
        // a padded vector, they must hash alike, and a vocabulary must give them the same id either way.
        var text = Gen.String[Gen.Char["abcéß’\u0000\uFFFF"], 17, 60];
        Gen.Select(text, Gen.Int[0, 16], Gen.Int[0, 1000]).Sample((chars, length, place) =>
        {
            int start = place % (chars.Length - 16);
            var key = chars.AsSpan(start, length);
            var read = TermVocabulary.ShortKeyAt(ref System.Runtime.CompilerServices.Unsafe.AsRef(in chars.AsSpan()[start]), length);
            Assert.Equal(TermVocabulary.ShortKeyOf(key), read);
            Assert.Equal(TermVocabulary.Hash(key), TermVocabulary.HashShort(read, length));
        }, iter: 5000);
    }

    [Fact]
    public void Short_keys_compared_as_vectors_agree_with_a_dictionary()
    {
        Gen.String[Gen.Char["aAbé’\u0000"], 0, 16].Array[0, 300].Sample(keys =>
        {
            var vocabulary = new TermVocabulary(capacity: 2);
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                var vector = TermVocabulary.ShortKeyOf(key);
                vocabulary.GetOrAddShortPayload(key, vector, TermVocabulary.HashShort(vector, key.Length), out int id, out bool added);
                Assert.Equal(!expected.ContainsKey(key), added);
                int known = expected.TryGetValue(key, out int seen) ? seen : expected[key] = expected.Count;
                Assert.Equal(known, id);
                Assert.Equal(known, vocabulary.IndexOf(key));
            }
        }, iter: 500);
    }

    [Fact]
    public void Agrees_with_a_dictionary_on_any_keys()
    {
        Gen.String[0, 6].Array[0, 200].Sample(keys =>
        {
            var vocabulary = new TermVocabulary(capacity: 2);
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                int id = vocabulary.GetOrAdd(key);
                if (!expected.TryGetValue(key, out int known))
                {
                    expected[key] = known = expected.Count;
                }
                Assert.Equal(known, id);
            }
            Assert.Equal(expected.Count, vocabulary.Count);
        }, iter: 300);
    }

    public static TheoryData<int[]> ChunkBoundaryLengths => new()
    {
        // Short keys that fill several growing chunks, then keys at and past the 256K-char chunk size.
        { Enumerable.Repeat(7, 40_000).ToArray() },
        { [1, 300_000, 2, 262_136, 262_144, 5, 1_000_000, 3] },
        { [100_000, 100_000, 100_000, 100_000, 9] },
    };

    [Theory]
    [MemberData(nameof(ChunkBoundaryLengths))]
    public void Keeps_every_key_and_payload_across_arena_chunks(int[] lengths)
    {
        var vocabulary = new TermVocabulary(capacity: 2);
        var keys = lengths.Select((length, i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(Math.Min(length, 8), 'k').PadRight(length, (char)('a' + (i % 26)))).ToList();
        for (int i = 0; i < keys.Count; i++)
        {
            Assert.Equal(i, vocabulary.GetOrAdd(keys[i]));
            vocabulary.Payload(i) = (ulong)i * 3 + 1;
        }
        for (int i = 0; i < keys.Count; i++)
        {
            Assert.Equal(i, vocabulary.IndexOf(keys[i]));
            Assert.Equal(keys[i], vocabulary.GetString(i));
            Assert.Equal((ulong)i * 3 + 1, vocabulary.Payload(i));
        }
    }

    [Theory]
    [MemberData(nameof(ChunkBoundaryLengths))]
    public void Appended_keys_are_kept_in_the_arena_but_not_found_by_lookups(int[] lengths)
    {
        // Append keeps records only (the stem pass finds equal keys by sorting): the same key twice is two records.
        var vocabulary = new TermVocabulary(capacity: 2);
        var keys = lengths.Select((length, i) => new string((char)('a' + (i % 3)), length)).ToList();
        var offsets = keys.Select(key => vocabulary.Append(key)).ToList();
        Assert.Equal(keys.Count, vocabulary.Count);
        Assert.Equal(offsets.Count, offsets.Distinct().Count());
        for (int i = 0; i < keys.Count; i++)
        {
            Assert.Equal(keys[i], vocabulary.Arena[offsets[i]].ToString());
            Assert.Equal(keys[i], vocabulary.GetString(i));
            Assert.Equal(offsets[i], vocabulary.OffsetOf(i));
        }
        Assert.Equal(-1, vocabulary.IndexOf(keys[0]));
        Assert.Equal(keys.Count, vocabulary.GetOrAdd(keys[0]));
    }
}
