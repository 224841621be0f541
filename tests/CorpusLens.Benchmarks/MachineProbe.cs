using System.Diagnostics;
using System.Globalization;

namespace CorpusLens.Benchmarks;

/// <summary>
/// What the machine gives right now, to read a benchmark run by: how fast one core runs a chain of dependent
/// multiplications, and how long a load takes from working sets of 1 to 64 MB, one load waiting for the one before
/// (latency) or all independent (throughput). On the project's VMs the figures move from one hour to the next; the
/// size from which a load takes a trip to memory is the cache the counting threads really get. Run:
/// dotnet run -c Release --project tests/CorpusLens.Benchmarks -- probe
/// </summary>
public static class MachineProbe
{
    private const int LineLongs = 8; // 64-byte cache lines
    private const int Loads = 4_000_000;

    // Where each measurement leaves its result, so that the compiler cannot leave out the loop that computed it.
    private static long sink;

    /// <summary>Prints the probe's figures, one line per measurement.</summary>
    public static void Run(TextWriter output)
    {
        double multiplyAdds = MultiplyAddsPerSecond();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dependent multiply-adds: {multiplyAdds / 1e9:F2} G/s (about 4 cycles each: {multiplyAdds * 4 / 1e9:F2} GHz)"));
        for (int megabytes = 1; megabytes <= 64; megabytes *= 2)
        {
            var (latency, throughput) = LoadTimes(megabytes);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{megabytes,3} MB: {latency,6:F1} ns a dependent load, {throughput,5:F1} ns an independent one"));
        }
    }

    /// <summary>
    /// Each element's successor in one cycle through all <paramref name="count"/> elements (Sattolo's shuffle, seeded):
    /// a chase that follows it touches every line once before it comes back.
    /// </summary>
    private static int[] SingleCycle(int count, int seed)
    {
        var order = Enumerable.Range(0, count).ToArray();
        var random = new Random(seed);
        for (int i = count - 1; i > 0; i--)
        {
            int j = random.Next(i); // j < i: one cycle, not any permutation
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }

    private static double MultiplyAddsPerSecond()
    {
        const int steps = 200_000_000;
        ulong x = 1;
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < steps; i++)
        {
            x = (x * 6364136223846793005UL) + 1442695040888963407UL;
        }
        double seconds = watch.Elapsed.TotalSeconds;
        sink ^= (long)x;
        return steps / seconds;
    }

    private static (double Latency, double Throughput) LoadTimes(int megabytes)
    {
        int lines = megabytes * 1024 * 1024 / (LineLongs * sizeof(long));
        var next = SingleCycle(lines, seed: 1);
        var memory = new long[lines * LineLongs];
        for (int line = 0; line < lines; line++)
        {
            memory[line * LineLongs] = next[line] * LineLongs;
        }
        long position = 0;
        for (int i = 1; i <= lines; i++)
        {
            position = memory[position]; // warms up, and checks that the chase is one cycle through every line
            if ((position == 0) != (i == lines))
            {
                throw new InvalidOperationException("the chase is not one cycle through all lines");
            }
        }
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < Loads; i++)
        {
            position = memory[position];
        }
        double latency = watch.Elapsed.TotalNanoseconds / Loads;
        long sum = 0;
        watch.Restart();
        for (int i = 0; i < Loads; i++)
        {
            sum += memory[next[i & (lines - 1)] * LineLongs]; // lines is a power of two
        }
        double throughput = watch.Elapsed.TotalNanoseconds / Loads;
        sink ^= position + sum;
        return (latency, throughput);
    }
}
