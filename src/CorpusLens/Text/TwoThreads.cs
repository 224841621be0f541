namespace CorpusLens.Text;

/// <summary>
/// Runs two pieces of work at once: one on the calling thread, one on a pool thread. Used by the index build, whose
/// passes split cleanly in two (the machines this runs on have 2 cores). With <see cref="TermCounter.Threads"/>
/// below 2 both run one after the other on the calling thread.
/// </summary>
internal static class TwoThreads
{
    /// <summary>Runs <paramref name="first"/> and <paramref name="second"/> at once and waits for both.</summary>
    public static void Run(Action first, Action second)
    {
        if (TermCounter.Threads < 2)
        {
            first();
            second();
            return;
        }
        var other = Task.Run(second);
        try
        {
            first();
        }
        finally
        {
            other.GetAwaiter().GetResult();
        }
    }

    /// <summary>
    /// Calls <paramref name="range"/>(chunk, from, to) for each chunk of <paramref name="chunkSize"/> (the last may be
    /// shorter) of [0, <paramref name="count"/>), the chunks taken in turn by two threads: where the work per item
    /// varies along the range, neither waits for the other at the end as with two halves.
    /// </summary>
    public static void Chunks(int count, int chunkSize, Action<int, int, int> range)
    {
        var queue = new ChunkQueue(count, chunkSize);
        void Work()
        {
            while (queue.TryTake(out int chunk, out int from, out int to))
            {
                range(chunk, from, to);
            }
        }
        Run(Work, Work);
    }

    /// <summary>How many chunks of <paramref name="chunkSize"/> <see cref="Chunks"/> cuts [0, <paramref name="count"/>) into.</summary>
    public static int ChunkCount(int count, int chunkSize) => (int)(((long)count + chunkSize - 1) / chunkSize);
}

/// <summary>
/// The chunks of <see cref="TwoThreads.Chunks"/> as a queue that threads take from in turn, for work that joins the
/// queue when it is ready (each thread after its own share of an earlier pass). Thread-safe.
/// </summary>
internal sealed class ChunkQueue
{
    private readonly int count;
    private readonly int chunkSize;
    private readonly int chunks;
    private int next = -1;

    /// <summary>A queue of the chunks of <paramref name="chunkSize"/> (the last may be shorter) of [0, <paramref name="count"/>).</summary>
    public ChunkQueue(int count, int chunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        this.count = count;
        this.chunkSize = chunkSize;
        chunks = TwoThreads.ChunkCount(count, chunkSize);
    }

    /// <summary>The next chunk, its number and its range [<paramref name="from"/>, <paramref name="to"/>); false when all are taken.</summary>
    public bool TryTake(out int chunk, out int from, out int to)
    {
        chunk = Interlocked.Increment(ref next);
        if (chunk >= chunks)
        {
            chunk = from = to = 0;
            return false;
        }
        from = chunk * chunkSize;
        to = Math.Min(count, from + chunkSize);
        return true;
    }
}
