using CorpusLens.Text;
using CsCheck;

namespace CorpusLens.Tests.Text;

/// <summary>RadixSort against a comparison sort: keys in order, each item still with its key.</summary>
public class RadixSortTests
{
    [Fact]
    public void Sorts_any_keys_and_moves_their_items_with_them()
    {
        // Lengths on both sides of the insertion-sort limit; few distinct bytes as well as any.
        Gen.Select(Gen.ULong, Gen.ULong[0, 300]).Array[0, 400].Sample(pairs =>
        {
            var keys = pairs.Select(pair => pair.Item1 % 7 == 0 ? pair.Item2 : pair.Item1).ToArray();
            var expected = keys.Order().ToArray();
            var items = Enumerable.Range(0, keys.Length).ToArray();
            var original = keys.ToArray();

            RadixSort.Sort(keys, items, new ulong[keys.Length], new int[keys.Length]);

            Assert.Equal(expected, keys);
            Assert.All(Enumerable.Range(0, keys.Length), i => Assert.Equal(keys[i], original[items[i]]));
        }, iter: 300);
    }

    [Fact]
    public void Sorting_only_the_upper_bytes_keeps_keys_given_in_order_of_their_lower_bytes_in_order()
    {
        // As the stem pass sorts (hash << 32 | entry) given in entry order: four passes instead of eight.
        Gen.UInt[0, 50].Array[0, 400].Sample(hashes =>
        {
            var keys = hashes.Select((hash, entry) => ((ulong)hash << 32) | (uint)entry).ToArray();
            var expected = keys.Order().ToArray();

            RadixSort.Sort(keys, [], new ulong[keys.Length], [], firstDigit: 4); // the keys carry their entry: no items

            Assert.Equal(expected, keys);
        }, iter: 300);
    }

    [Fact]
    public void Sorts_keys_alone_without_items()
    {
        Gen.ULong.Array[0, 400].Sample(keys =>
        {
            var expected = keys.Order().ToArray();

            RadixSort.Sort(keys, [], new ulong[keys.Length], []);

            Assert.Equal(expected, keys);
        }, iter: 300);
    }
}
