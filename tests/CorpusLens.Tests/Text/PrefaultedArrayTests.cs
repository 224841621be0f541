using CorpusLens.Text;

namespace CorpusLens.Tests.Text;

public class PrefaultedArrayTests
{
    public static TheoryData<int> Lengths => new()
    {
        // ints: none, one, just under and at the size that is populated, not a whole number of pages, 4 MB.
        0,
        1,
        PrefaultedArray.MinimumBytes / sizeof(int) - 1,
        PrefaultedArray.MinimumBytes / sizeof(int),
        PrefaultedArray.MinimumBytes / sizeof(int) + 1_025,
        1 << 20,
    };

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Created_arrays_are_all_zeros_even_where_memory_is_reused(int length)
    {
        // Fill arrays of the same size with ones and let them go, so the next ones may get that memory back.
        for (int round = 0; round < 3; round++)
        {
            var dirty = PrefaultedArray.Uninitialized<int>(length);
            Assert.Equal(length, dirty.Length);
            Array.Fill(dirty, -1);
            GC.KeepAlive(dirty);
            GC.Collect();
            var array = PrefaultedArray.Create<int>(length);
            Assert.Equal(length, array.Length);
            Assert.True(array.AsSpan().IndexOfAnyExcept(0) < 0, $"a non-zero value in round {round}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10_000)]
    [InlineData(70_000)]
    public void Doubled_keeps_the_values_and_zeros_the_new_half(int length)
    {
        var values = Enumerable.Range(1, length).Select(i => (long)i * 3).ToArray();
        var doubled = PrefaultedArray.Doubled(values);
        Assert.Equal(2 * length, doubled.Length);
        Assert.Equal(values, doubled[..length]);
        Assert.True(doubled.AsSpan(length).IndexOfAnyExcept(0L) < 0);
    }

    [Fact]
    public void On_Linux_5_14_and_later_the_pages_are_really_mapped_in_one_call()
    {
        _ = PrefaultedArray.Create<long>(1 << 20);
        bool expected = OperatingSystem.IsLinux() && Environment.OSVersion.Version >= new Version(5, 14);
        Assert.Equal(expected, PrefaultedArray.PopulatesPages);
    }

    [Fact]
    public void Works_for_structs_and_bytes()
    {
        var pairs = PrefaultedArray.Create<(int First, long Second)>(50_000);
        Assert.All(pairs, pair => Assert.Equal((0, 0L), pair));
        var bytes = PrefaultedArray.Create<byte>(1 << 17);
        Assert.True(bytes.AsSpan().IndexOfAnyExcept((byte)0) < 0);
    }
}
