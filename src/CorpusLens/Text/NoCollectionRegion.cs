using System.Runtime;

namespace CorpusLens.Text;

/// <summary>
/// Asks the garbage collector not to collect while a known amount of memory is allocated, when every object made
/// in that time lives on (the term strings of an index): gen0 collections would only copy them to gen1 and again
/// to gen2, and rescan the large arrays pointing at them, with every thread stopped. Best effort: when the runtime
/// cannot promise the memory, or another region is open, or the estimate falls short, collections go on as usual.
/// </summary>
internal readonly struct NoCollectionRegion : IDisposable
{
    private readonly bool started;

    /// <summary>
    /// Opens a region for <paramref name="bytes"/> bytes of allocations. Nothing happens below 1 MB (not worth it)
    /// or above <see cref="LargestRegion"/> (the runtime commits the whole amount up front).
    /// </summary>
    public NoCollectionRegion(long bytes)
    {
        if (bytes is < 1 << 20 or > LargestRegion)
        {
            return;
        }
        try
        {
            started = GC.TryStartNoGCRegion(bytes, disallowFullBlockingGC: true);
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than the runtime allows in one region: collect as usual.
        }
        catch (InvalidOperationException)
        {
            // A region is already open (by the host): leave it alone.
        }
    }

    /// <summary>The largest region asked for: 256 MB (about 4 million terms).</summary>
    public const long LargestRegion = 256L << 20;

    /// <summary>The number of bytes a string of <paramref name="length"/> characters takes, at most.</summary>
    public static long StringBytes(long length) => 32 + 2 * length;

    /// <summary>Ends the region, unless it ended on its own (a collection happened after all).</summary>
    public void Dispose()
    {
        if (started && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            try
            {
                GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
                // The region ended on its own.
            }
        }
    }
}
