namespace CorpusLens.Text;

/// <summary>
/// The share of the pairs one pass over the texts counts (<see cref="CollocationCounter"/>): those whose partition
/// hash (<see cref="CollocationCounter.PartitionHash"/>) ends in the <see cref="Bits"/> low bits of
/// <see cref="Value"/>. A pass starts with a share and narrows it by one bit whenever a counter's pair table reaches
/// its limit; each narrowing leaves the other half of the share to a later pass (<see cref="Left"/>). The pairs of
/// the share a pass ends with were counted from its first text on, by every counter, so their counts are exact.
/// Shared by the counters of one pass; thread-safe.
/// </summary>
internal sealed class PairPartition
{
    /// <summary>The most bits a share is narrowed to: a hash has 32.</summary>
    public const int MaximumBits = 32;

    private readonly object gate = new();
    private readonly List<PairPartition> left;
    private volatile int bits;

    /// <summary>The share <paramref name="value"/> of <paramref name="bits"/> bits (0 bits: every pair); the shares it leaves go to <paramref name="left"/>.</summary>
    public PairPartition(uint value = 0, int bits = 0, List<PairPartition>? left = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, MaximumBits);
        Value = value;
        this.bits = bits;
        this.left = left ?? [];
    }

    /// <summary>How many low bits of a pair's hash the share fixes (0: every pair is in it).</summary>
    public int Bits => bits;

    /// <summary>The bits the share fixes: the low <see cref="Bits"/> of it (a narrowing keeps the half whose next bit is 0, so it never changes).</summary>
    public uint Value { get; }

    /// <summary>The shares left to later passes, each the half given up by one narrowing.</summary>
    public IReadOnlyList<PairPartition> Left => left;

    /// <summary>Whether a pair of partition hash <paramref name="hash"/> is in a share of <paramref name="bits"/> bits of <paramref name="value"/>.</summary>
    public static bool Contains(uint hash, uint value, int bits) => bits == 0 || ((hash ^ value) & (uint.MaxValue >> (MaximumBits - bits))) == 0;

    /// <summary>
    /// Narrows the share by one bit unless it is narrower than <paramref name="seenBits"/> already (another counter
    /// narrowed it first) or cannot be narrowed: the half whose next bit is 1 is left to a later pass. Returns the
    /// share's bits after it.
    /// </summary>
    public int Narrow(int seenBits)
    {
        lock (gate)
        {
            if (bits == seenBits && bits < MaximumBits)
            {
                left.Add(new PairPartition(Value | (1u << bits), bits + 1, left));
                bits++;
            }
            return bits;
        }
    }
}
