using CorpusLens.Text;
using CsCheck;

namespace CorpusLens.Tests.Text;

public class IntChunkListTests
{
    public static TheoryData<int, int[]> Cases => new()
    {
        // width, values: the largest value that fits, the first that does not (side table), zero, int.MaxValue.
        { 1, [0, 1, 254, 255, 256, 3, int.MaxValue] },
        { 2, [65_534, 65_535, 65_536, 0, 7] },
        { 3, [16_777_214, 16_777_215, 16_777_216, 1, 300_000] },
        { 4, [0, int.MaxValue, 12_345_678] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Gives_back_every_value_including_those_too_wide_for_their_bytes(int width, int[] values)
    {
        var list = new IntChunkList(width);
        foreach (int value in values)
        {
            list.Add(value);
        }
        Assert.Equal(values.Length, list.Count);
        Assert.Equal(values, Enumerable.Range(0, list.Count).Select(i => list[i]));
    }

    [Fact]
    public void Gives_back_any_values_across_chunk_boundaries()
    {
        Gen.Select(Gen.Int[1, 4], Gen.Int[0, 200_000], Gen.Int[0, int.MaxValue]).Sample((width, count, seed) =>
        {
            var random = new Random(seed);
            var values = Enumerable.Range(0, count).Select(_ => random.Next(4) == 0 ? random.Next() : random.Next(300)).ToArray();
            var list = new IntChunkList(width);
            foreach (int value in values)
            {
                list.Add(value);
            }
            Assert.Equal(count, list.Count);
            for (int i = 0; i < count; i++)
            {
                Assert.Equal(values[i], list[i]);
            }
            int from = count / 3;
            var copied = new int[count - from];
            list.CopyTo(from, copied);
            Assert.Equal(values[from..], copied);
        }, iter: 40);
    }

    [Fact]
    public void Refuses_to_copy_past_the_end()
    {
        var list = new IntChunkList(2);
        list.Add(1);
        list.Add(2);
        Assert.Throws<ArgumentOutOfRangeException>(() => list.CopyTo(1, new int[2]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Refuses_a_width_outside_one_to_four_bytes(int width)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new IntChunkList(width));
    }
}
