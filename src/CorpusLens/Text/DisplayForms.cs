using System.Runtime.CompilerServices;

namespace CorpusLens.Text;

/// <summary>
/// Picks how a unit is shown: its form most frequent over all workers (ties: the ordinally first), whichever worker
/// counted which document. Mostly that is one of the workers' own favourites: a form's count in another worker is
/// looked up only when that worker's own most frequent form differs, and a worker that did not see the unit cannot
/// hold any of its forms. Where a form that is no worker's favourite could still win overall, every form is
/// weighed (<see cref="WeighSharedForms"/>).
/// </summary>
internal sealed class DisplayForms
{
    private readonly IReadOnlyList<CountingWorker> workers;
    private readonly SurfaceStatistics[] statistics;
    private readonly MergedUnits units;
    private readonly Dictionary<int, (int Worker, int Surface, long Total, bool Folded)> weighedInFull = [];
    private bool[]? open; // units weighed in full (see WeighSharedForms)

    /// <summary>Picks forms among <paramref name="workers"/>' surfaces, from their <paramref name="statistics"/>, by the numbering <paramref name="units"/>.</summary>
    public DisplayForms(IReadOnlyList<CountingWorker> workers, SurfaceStatistics[] statistics, MergedUnits units)
    {
        this.workers = workers;
        this.statistics = statistics;
        this.units = units;
    }

    /// <summary>
    /// The winning form of unit <paramref name="unit"/>: returns its worker, sets its surface id, its count over all
    /// workers (when <paramref name="counted"/>, else it may stay 0: comparing units needs it, a unit alone
    /// does not), and whether it is written as the folded unit itself (then it needs no string of its own).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Winner(int unit, bool counted, out int surface, out long total, out bool folded)
    {
        if (open is not null && open[unit] && weighedInFull.TryGetValue(unit, out var weighed))
        {
            surface = weighed.Surface;
            total = weighed.Total;
            folded = weighed.Folded;
            return weighed.Worker;
        }
        if (workers.Count == 2)
        {
            // Two workers: most units are seen by one only, or both favour the folded form.
            int first = units.Local(0, unit);
            int second = units.Local(1, unit);
            if (second < 0 || first < 0 || (statistics[0].BestIsFolded[first] && statistics[1].BestIsFolded[second]))
            {
                int w = second < 0 ? 0 : first < 0 ? 1 : 0;
                int local = w == 0 ? first : second;
                var only = statistics[w];
                surface = only.Best[local];
                folded = only.BestIsFolded[local];
                total = !counted ? 0 : only.BestCounts[local] + (second >= 0 && first >= 0 ? statistics[1].BestCounts[second] : 0L);
                return w;
            }
        }
        return Weigh(unit, out surface, out total, out folded);
    }

    /// <summary>
    /// Weighs every form, over all workers, of each unit whose winner might be no worker's favourite
    /// (<see cref="Winner"/> then returns those). Call once the units are numbered, before any Winner.
    /// </summary>
    public void WeighSharedForms()
    {
        if (workers.Count < 2)
        {
            return;
        }
        var candidates = new bool[units.Count];
        int opened = 0;
        // Each unit is looked at for the first worker that saw it written in several ways: no two threads write one.
        // Both threads take chunks of each worker's units in turn (a worker to a thread left one idle for a third of
        // the time: gen100, 18-19 ms for 28 ms of CPU).
        var queues = workers.Select(worker => new ChunkQueue(worker.Folded.Count, UnitsPerChunk)).ToArray();
        void OpenChunks()
        {
            int openedHere = 0;
            for (int w = 0; w < workers.Count; w++)
            {
                while (queues[w].TryTake(out _, out int from, out int to))
                {
                    openedHere += Open(candidates, w, from, to);
                }
            }
            Interlocked.Add(ref opened, openedHere);
        }
        TwoThreads.Run(OpenChunks, OpenChunks);
        if (opened == 0)
        {
            return;
        }
        // Each worker's forms of those units (the first worker's on one thread, the others' on another), then the
        // best of each unit over the workers.
        var found = new Dictionary<int, (int Worker, int Surface, long Total, bool Folded)>[workers.Count];
        void WeighForms(int w)
        {
            var best = found[w] = [];
            var surfaces = workers[w].Surfaces;
            for (int surface = 0; surface < surfaces.Count; surface++)
            {
                ulong payload = surfaces.Payload(surface);
                int unit = units.Global(w, CountingWorker.UnitOf(payload));
                if (candidates[unit])
                {
                    Weigh(best, unit, w, surface, CountingWorker.CountOf(payload));
                }
            }
        }
        TwoThreads.Run(() => WeighForms(0), () =>
        {
            for (int w = 1; w < workers.Count; w++)
            {
                WeighForms(w);
            }
        });
        foreach (var forms in found)
        {
            foreach (var (unit, form) in forms)
            {
                Keep(weighedInFull, unit, form.Worker, form.Surface, form.Total);
            }
        }
        open = candidates;
    }

    /// <summary>Units of one worker examined as one piece of work by <see cref="WeighSharedForms"/>.</summary>
    private const int UnitsPerChunk = 1 << 14;

    /// <summary>
    /// Marks the units whose winner might be no worker's favourite among those worker <paramref name="worker"/> saw
    /// written in several ways and no earlier worker did, of its units <paramref name="from"/> to
    /// <paramref name="to"/>, and returns how many. Such a form occurs at most as often as each worker's second most
    /// frequent form, added up: it cannot win (nor tie) against a favourite that alone occurs more often in its own
    /// worker, nor, weighed over all workers, against the favourites' winner.
    /// </summary>
    private int Open(bool[] candidates, int worker, int from, int to)
    {
        int count = 0;
        var seconds = statistics[worker].SecondCounts;
        for (int local = from; local < to; local++)
        {
            if (seconds[local] == 0)
            {
                continue;
            }
            int unit = units.Global(worker, local);
            long second = 0;
            long favourite = 0;
            int seenBy = 0;
            bool earlier = false;
            for (int w = 0; w < workers.Count; w++)
            {
                int other = units.Local(w, unit);
                if (other >= 0)
                {
                    earlier |= w < worker && statistics[w].SecondCounts[other] != 0;
                    seenBy++;
                    second += statistics[w].SecondCounts[other];
                    favourite = Math.Max(favourite, statistics[w].BestCounts[other]);
                }
            }
            if (earlier || seenBy < 2 || second < favourite)
            {
                continue;
            }
            Weigh(unit, out _, out favourite, out _);
            if (second >= favourite)
            {
                candidates[unit] = true;
                count++;
            }
        }
        return count;
    }

    /// <summary>Weighs form <paramref name="surface"/> of worker <paramref name="worker"/> (counted <paramref name="count"/> times there) for <paramref name="unit"/> into <paramref name="best"/>.</summary>
    private void Weigh(Dictionary<int, (int Worker, int Surface, long Total, bool Folded)> best, int unit, int worker, int surface, long count)
    {
        var text = workers[worker].Surfaces[surface];
        long total = count;
        for (int other = 0; other < workers.Count; other++)
        {
            if (other == worker || units.Local(other, unit) < 0)
            {
                continue;
            }
            int id = workers[other].Surfaces.IndexOf(text);
            if (id >= 0 && other < worker)
            {
                return; // weighed with the earlier worker's copy, this one's count included
            }
            total += id < 0 ? 0 : Count(other, id);
        }
        Keep(best, unit, worker, surface, total);
    }

    /// <summary>Makes the form <paramref name="unit"/>'s in <paramref name="best"/> when it occurs more often than the one there (ties: the ordinally first).</summary>
    private void Keep(Dictionary<int, (int Worker, int Surface, long Total, bool Folded)> best, int unit, int worker, int surface, long total)
    {
        ref var kept = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(best, unit, out bool exists);
        if (Beats(worker, surface, total, exists ? kept.Worker : -1, kept.Surface, kept.Total))
        {
            kept = (worker, surface, total, SurfaceStatistics.IsFolded(workers[worker].Surfaces[surface]));
        }
    }

    /// <summary>
    /// Whether form <paramref name="surface"/> of worker <paramref name="worker"/>, occurring <paramref name="total"/>
    /// times, is shown rather than the one kept so far (none when <paramref name="keptWorker"/> is -1): more frequent,
    /// or as frequent and ordinally first.
    /// </summary>
    public bool Beats(int worker, int surface, long total, int keptWorker, int keptSurface, long keptTotal) =>
        keptWorker < 0 || total > keptTotal
        || (total == keptTotal && workers[worker].Surfaces[surface].SequenceCompareTo(workers[keptWorker].Surfaces[keptSurface]) < 0);

    private long Count(int worker, int surface) => CountingWorker.CountOf(workers[worker].Surfaces.Payload(surface));

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private int Weigh(int unit, out int surface, out long total, out bool folded)
    {
        int winner = -1;
        surface = -1;
        total = 0;
        folded = false;
        for (int w = 0; w < workers.Count; w++)
        {
            int local = units.Local(w, unit);
            if (local < 0)
            {
                continue;
            }
            var mine = statistics[w];
            int candidateId = mine.Best[local];
            bool candidateFolded = mine.BestIsFolded[local];
            long candidateTotal = mine.BestCounts[local];
            bool weighed = false;
            for (int other = 0; other < workers.Count && !weighed; other++)
            {
                int otherLocal = other == w ? -1 : units.Local(other, unit);
                if (otherLocal < 0)
                {
                    continue;
                }
                var theirs = statistics[other];
                var otherSurfaces = workers[other].Surfaces;
                bool otherFolded = theirs.BestIsFolded[otherLocal];
                // Two forms written as the folded unit are equal; a folded and an unfolded one differ.
                bool same = candidateFolded == otherFolded
                    && (candidateFolded || otherSurfaces[theirs.Best[otherLocal]].SequenceEqual(workers[w].Surfaces[candidateId]));
                if (same)
                {
                    // The other worker's favourite too: weighed there already, or its count is at hand.
                    weighed = other < w;
                    candidateTotal += theirs.BestCounts[otherLocal];
                }
                else
                {
                    int id = otherSurfaces.IndexOf(workers[w].Surfaces[candidateId]);
                    candidateTotal += id < 0 ? 0 : Count(other, id);
                }
            }
            if (weighed)
            {
                continue;
            }
            if (Beats(w, candidateId, candidateTotal, winner, surface, total))
            {
                winner = w;
                surface = candidateId;
                total = candidateTotal;
                folded = candidateFolded;
            }
        }
        return winner;
    }
}
