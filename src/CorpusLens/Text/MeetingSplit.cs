namespace CorpusLens.Text;

/// <summary>
/// Splits [0, count) between two threads that meet: one takes chunks from the start upwards, the other from the end
/// downwards, until nothing is left. Each thread's part is then one contiguous range, [0, <see cref="Middle"/>) and
/// [<see cref="Middle"/>, count), as with two halves, but where the middle falls depends on how fast each went: neither
/// waits for the other at the end. Thread-safe.
/// </summary>
internal sealed class MeetingSplit
{
    private readonly Lock gate = new();
    private readonly int chunkSize;
    private int lower;
    private int upper;

    /// <summary>A split of [0, <paramref name="count"/>) taken <paramref name="chunkSize"/> items at a time.</summary>
    public MeetingSplit(int count, int chunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        this.chunkSize = chunkSize;
        upper = count;
    }

    /// <summary>Where the lower part ends and the upper begins: final once both threads have taken all they can.</summary>
    public int Middle
    {
        get
        {
            lock (gate)
            {
                return lower;
            }
        }
    }

    /// <summary>The next chunk from below, [<paramref name="from"/>, <paramref name="to"/>); false when nothing is left.</summary>
    public bool TakeLower(out int from, out int to)
    {
        lock (gate)
        {
            from = lower;
            to = lower + Math.Min(chunkSize, upper - lower);
            lower = to;
            return to > from;
        }
    }

    /// <summary>The next chunk from above, [<paramref name="from"/>, <paramref name="to"/>); false when nothing is left.</summary>
    public bool TakeUpper(out int from, out int to)
    {
        lock (gate)
        {
            to = upper;
            from = upper - Math.Min(chunkSize, upper - lower);
            upper = from;
            return to > from;
        }
    }
}
