using CorpusLens.Text;
using CsCheck;

namespace CorpusLens.Tests.Text;

public sealed class TopSelectionTests
{
    [Theory]
    [InlineData(new long[] { 5, 1, 4, 1, 3 }, 2, new long[] { 1, 1 })]
    [InlineData(new long[] { 5, 1, 4, 1, 3 }, 0, new long[0])]
    [InlineData(new long[] { 5, 1, 4 }, 10, new long[] { 1, 4, 5 })]
    [InlineData(new long[] { 9, 8, 7, 6, 5, 4 }, 3, new long[] { 4, 5, 6 })]
    public void Keeps_the_smallest_values_in_order(long[] values, int count, long[] expected)
    {
        int kept = TopSelection.SortSmallest(values, count);
        Assert.Equal(expected, values[..kept]);
    }

    [Fact]
    public void Agrees_with_a_full_sort()
    {
        Gen.Select(Gen.Long[-50, 50].Array[0, 200], Gen.Int[0, 210]).Sample((values, count) =>
        {
            var expected = values.Order().Take(count).ToArray();
            var copy = (long[])values.Clone();
            int kept = TopSelection.SortSmallest(copy, count);
            Assert.Equal(expected, copy[..kept]);
            Assert.Equal(values.Order(), copy.Order());
        });
    }
}
