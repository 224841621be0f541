using System.Diagnostics;

namespace CorpusLens.Diagnostics;

/// <summary>
/// Prints how long each phase of a long run takes to stderr when the environment variable
/// <c>CORPUSLENS_TIMING</c> is set (to anything); costs nothing otherwise. For measuring, not for output.
/// </summary>
/// <example><code>PhaseTimer.Mark("count"); // "[timing] count: 812 ms (total 1 034 ms)"</code></example>
public static class PhaseTimer
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("CORPUSLENS_TIMING") is not null;
    private static readonly Stopwatch Total = Stopwatch.StartNew();
    private static long last;
    private static long lastProcessor;

    /// <summary>True when timing is switched on.</summary>
    public static bool IsEnabled => Enabled;

    /// <summary>Prints the time since the previous mark (or since the timer started) under <paramref name="phase"/>.</summary>
    public static void Mark(string phase)
    {
        if (!Enabled)
        {
            return;
        }
        long now = Total.ElapsedMilliseconds;
        long since = now - Interlocked.Exchange(ref last, now);
        using var process = Process.GetCurrentProcess();
        long processor = (long)process.TotalProcessorTime.TotalMilliseconds;
        long busy = processor - Interlocked.Exchange(ref lastProcessor, processor);
        Console.Error.WriteLine(
            $"[timing] {phase}: {since} ms, CPU {busy} ms (total {now} ms, since process start {(DateTime.Now - process.StartTime).TotalMilliseconds:F0} ms; " +
            $"GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, GC pauses {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, " +
            $"heap {GC.GetTotalMemory(false) >> 20} MB, resident {process.WorkingSet64 >> 20} MB (peak {process.PeakWorkingSet64 >> 20} MB); " +
            $"JIT {System.Runtime.JitInfo.GetCompiledMethodCount()} methods in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms)");
    }
}
