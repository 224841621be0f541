using System.Runtime.ExceptionServices;
using CorpusLens.Tables;

namespace CorpusLens.Text;

public sealed partial class TermIndex
{
    /// <summary>Documents per unit of work: groups are never split, so a unit is one or more whole groups.</summary>
    private const int DocumentsPerPart = 256;

    /// <summary>Parts selected but not yet consumed, at most: bounds the memory of a streamed table.</summary>
    private const int PartsAhead = 4;

    /// <summary>The rows of <see cref="Frequencies"/> as CSV or JSON bytes, in order, to <paramref name="write"/>.</summary>
    private void WriteFrequencies(Action<ReadOnlySpan<byte>> write, TableFormat format, string by, int? top)
    {
        // Groups first: a bad --by or --top throws before the first byte goes out.
        var grouping = OrderGroups(by, top);
        write(FrequencyTextRows.Start(format, by));
        var spare = new System.Collections.Concurrent.ConcurrentBag<FrequencyTextRows>();
        bool first = true;
        SelectRows(grouping, top, () => spare.TryTake(out var part) ? part : new FrequencyTextRows(format, by), part =>
        {
            var bytes = FrequencyTextRows.Body(format, part.Buffer.Written, first);
            first &= bytes.IsEmpty;
            write(bytes);
            part.Buffer.Clear();
            spare.Add(part);
        });
        write(FrequencyTextRows.End(format, anyRows: !first));
        Diagnostics.PhaseTimer.Mark("frequencies: rows written");
    }

    /// <summary>The group of every document and the documents sorted by group (checks <paramref name="top"/> too).</summary>
    private (string[] Groups, int[] Order) OrderGroups(string by, int? top)
    {
        if (top is < 0)
        {
            throw new CorpusLensException($"--top {top}: use a number of 0 or more");
        }
        var groups = GroupKeys(by);
        // Documents usually come sorted by id already: then the (stable) sort would give them as they are.
        var order = Enumerable.Range(0, Documents.Count).ToArray();
        if (!IsSorted(groups))
        {
            order = order.OrderBy(i => groups[i], StringComparer.Ordinal).ToArray();
        }
        Diagnostics.PhaseTimer.Mark("frequencies: group keys + order");
        return (groups, order);
    }

    /// <summary>
    /// Selects the rows of the frequency table into parts made by <paramref name="createPart"/> (one or more whole
    /// groups each, tallied on up to <see cref="TermCounter.Threads"/> threads) and hands every part to
    /// <paramref name="consume"/> on this thread, in group order. The one implementation of the table's rows.
    /// </summary>
    private void SelectRows<TPart>((string[] Groups, int[] Order) grouping, int? top, Func<TPart> createPart, Action<TPart> consume)
        where TPart : class, IFrequencyRowSink
    {
        var (groups, order) = grouping;
        if (!RanksPayOff(groups, order, top))
        {
            // A few groups' top terms: sorting their candidates by shown text (the ranks' own order) is cheaper
            // than ranking every term (gen1000 bigrams --by corpus: 19 million terms, 7.5 s of ranking).
            var rows = createPart();
            new GroupTally(this, ranked: false).SelectByText(groups, order, 0, top, rows, int.MaxValue);
            consume(rows);
            return;
        }
        _ = termsByRank.Value;
        Diagnostics.PhaseTimer.Mark("frequencies: display ranks");
        var starts = PartStarts(groups, order);
        int partCount = starts.Count - 1;
        int threads = Math.Min(TermCounter.Threads, partCount);
        if (threads < 2)
        {
            var tally = new GroupTally(this);
            for (int part = 0; part < partCount; part++)
            {
                var rows = createPart();
                tally.Select(groups, order, starts[part], starts[part + 1], top, rows);
                consume(rows);
            }
            return;
        }
        var ready = new TPart?[partCount];
        var gate = new object();
        int taken = -1;
        int consumed = 0;
        ExceptionDispatchInfo? failure = null;
        bool stopped = false;
        void Work()
        {
            try
            {
                var tally = new GroupTally(this);
                while (true)
                {
                    int part = Interlocked.Increment(ref taken);
                    if (part >= partCount)
                    {
                        return;
                    }
                    TPart rows;
                    lock (gate)
                    {
                        while (part >= consumed + PartsAhead && !stopped)
                        {
                            Monitor.Wait(gate);
                        }
                        if (stopped)
                        {
                            return;
                        }
                        rows = createPart();
                    }
                    tally.Select(groups, order, starts[part], starts[part + 1], top, rows);
                    lock (gate)
                    {
                        ready[part] = rows;
                        Monitor.PulseAll(gate);
                    }
                }
            }
            catch (Exception exception)
            {
                lock (gate)
                {
                    failure ??= ExceptionDispatchInfo.Capture(exception);
                    stopped = true;
                    Monitor.PulseAll(gate);
                }
            }
        }
        var workers = Enumerable.Range(0, threads).Select(_ => Task.Run(Work)).ToArray();
        try
        {
            for (int part = 0; part < partCount; part++)
            {
                TPart rows;
                lock (gate)
                {
                    while (ready[part] is null && !stopped)
                    {
                        Monitor.Wait(gate);
                    }
                    if (stopped)
                    {
                        break;
                    }
                    rows = ready[part]!;
                    ready[part] = null;
                    consumed = part + 1;
                    Monitor.PulseAll(gate);
                }
                consume(rows);
            }
        }
        finally
        {
            lock (gate)
            {
                stopped = true;
                Monitor.PulseAll(gate);
            }
            Task.WaitAll(workers);
        }
        failure?.Throw();
        Diagnostics.PhaseTimer.Mark("frequencies: rows");
    }

    /// <summary>
    /// Whether display ranks (every term sorted by its shown text once) are worth making for the rows of
    /// <paramref name="top"/> terms per group: not when all groups together keep fewer than one term in eight.
    /// </summary>
    private bool RanksPayOff(string[] groups, int[] order, int? top)
    {
        if (top is not int limit)
        {
            return true;
        }
        long kept = order.Length == 0 ? 0 : limit;
        for (int i = 1; i < order.Length && kept * 8 <= texts.Count; i++)
        {
            if (!string.Equals(groups[order[i]], groups[order[i - 1]], StringComparison.Ordinal))
            {
                kept += limit;
            }
        }
        return kept * 8 > texts.Count;
    }

    private static bool IsSorted(string[] values)
    {
        for (int i = 1; i < values.Length; i++)
        {
            if (string.CompareOrdinal(values[i - 1], values[i]) > 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Where each part starts in <paramref name="order"/>, at group boundaries, and the end.</summary>
    private static List<int> PartStarts(string[] groups, int[] order)
    {
        var starts = new List<int> { 0 };
        int documents = 0;
        for (int i = 1; i < order.Length; i++)
        {
            documents++;
            if (documents >= DocumentsPerPart && !string.Equals(groups[order[i]], groups[order[i - 1]], StringComparison.Ordinal))
            {
                starts.Add(i);
                documents = 0;
            }
        }
        if (order.Length > 0)
        {
            starts.Add(order.Length);
        }
        return starts;
    }
}
