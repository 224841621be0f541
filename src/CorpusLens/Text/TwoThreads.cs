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
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        int chunks = ChunkCount(count, chunkSize);
        int next = -1;
        void Work()
        {
            int chunk;
            while ((chunk = Interlocked.Increment(ref next)) < chunks)
            {
                int from = chunk * chunkSize;
                range(chunk, from, Math.Min(count, from + chunkSize));
            }
        }
        Run(Work, Work);
    }

    /// <summary>How many chunks of <paramref name="chunkSize"/> <see cref="Chunks"/> cuts [0, <paramref name="count"/>) into.</summary>
    public static int ChunkCount(int count, int chunkSize) => (int)(((long)count + chunkSize - 1) / chunkSize);
}
