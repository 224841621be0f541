using CorpusLens.Text;

namespace CorpusLens.Tests.Text;

/// <summary>TwoThreads.Chunks: every item of the range in exactly one chunk, each chunk where its number says.</summary>
public sealed class TwoThreadsTests
{
    [Theory]
    [InlineData(0, 4, 0)]
    [InlineData(1, 4, 1)]
    [InlineData(4, 4, 1)]
    [InlineData(5, 4, 2)]
    [InlineData(100_000, 16_384, 7)]
    [InlineData(7, 1, 7)]
    public void Chunks_cover_the_range_once_in_numbered_pieces(int count, int chunkSize, int expectedChunks)
    {
        Assert.Equal(expectedChunks, TwoThreads.ChunkCount(count, chunkSize));
        var seen = new int[count];
        var ranges = new (int From, int To)[expectedChunks];
        var called = new int[expectedChunks];
        TwoThreads.Chunks(count, chunkSize, (chunk, from, to) =>
        {
            Interlocked.Increment(ref called[chunk]);
            ranges[chunk] = (from, to);
            for (int i = from; i < to; i++)
            {
                Interlocked.Increment(ref seen[i]);
            }
        });
        Assert.All(seen, times => Assert.Equal(1, times));
        Assert.All(called, times => Assert.Equal(1, times));
        for (int chunk = 0; chunk < expectedChunks; chunk++)
        {
            Assert.Equal((chunk * chunkSize, Math.Min(count, (chunk + 1) * chunkSize)), ranges[chunk]);
        }
    }

    [Fact]
    public void A_failing_chunk_fails_the_call()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => TwoThreads.Chunks(10, 1, (chunk, _, _) =>
        {
            if (chunk == 7)
            {
                throw new InvalidOperationException("chunk 7");
            }
        }));
        Assert.Equal("chunk 7", failure.Message);
    }
}
