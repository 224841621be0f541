using CorpusLens.Text;

namespace CorpusLens.Tests.Text;

/// <summary>MeetingSplit: chunks from both ends until they meet, every item taken once, the middle between the parts.</summary>
public sealed class MeetingSplitTests
{
    // Operations (L: take from below, U: take from above) and what each gives ("from-to", or "-" when nothing is left).
    [Theory]
    [InlineData(10, 3, "LULUL", "0-3 7-10 3-6 6-7 -", 6)]
    [InlineData(10, 3, "UUUUU", "7-10 4-7 1-4 0-1 -", 0)]
    [InlineData(10, 3, "LLLLL", "0-3 3-6 6-9 9-10 -", 10)]
    [InlineData(5, 10, "UL", "0-5 -", 0)]
    [InlineData(5, 10, "LU", "0-5 -", 5)]
    [InlineData(0, 4, "LU", "- -", 0)]
    [InlineData(4, 1, "ULUL", "3-4 0-1 2-3 1-2", 2)]
    public void Chunks_come_from_both_ends_until_they_meet(int count, int chunkSize, string operations, string expected, int middle)
    {
        var split = new MeetingSplit(count, chunkSize);
        var given = operations.Select(operation =>
        {
            bool taken = operation == 'L' ? split.TakeLower(out int from, out int to) : split.TakeUpper(out from, out to);
            return taken ? $"{from}-{to}" : "-";
        });
        Assert.Equal(expected, string.Join(' ', given));
        Assert.Equal(middle, split.Middle);
    }

    [Fact]
    public void Two_threads_take_every_item_once_the_lower_part_below_the_middle()
    {
        const int Count = 100_003;
        var split = new MeetingSplit(Count, 7);
        var seen = new int[Count];
        var lower = new List<(int From, int To)>();
        var upper = new List<(int From, int To)>();
        void Take(bool fromBelow, List<(int From, int To)> taken)
        {
            int from, to;
            while (fromBelow ? split.TakeLower(out from, out to) : split.TakeUpper(out from, out to))
            {
                taken.Add((from, to));
                for (int i = from; i < to; i++)
                {
                    Interlocked.Increment(ref seen[i]);
                }
            }
        }
        Parallel.Invoke(() => Take(true, lower), () => Take(false, upper));
        Assert.All(seen, times => Assert.Equal(1, times));
        Assert.All(lower, range => Assert.True(range.To <= split.Middle));
        Assert.All(upper, range => Assert.True(range.From >= split.Middle));
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MeetingSplit(-1, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MeetingSplit(4, 0));
    }
}
