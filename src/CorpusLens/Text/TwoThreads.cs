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

    /// <summary>Calls <paramref name="range"/> with the two halves of [0, <paramref name="count"/>), at once.</summary>
    public static void Halves(int count, Action<int, int> range)
    {
        int middle = count / 2;
        Run(() => range(0, middle), () => range(middle, count));
    }
}
