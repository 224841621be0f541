using System.Runtime.CompilerServices;

namespace CorpusLens.Text;

/// <summary>
/// Picks how a unit is shown: of the workers' most frequent forms of the unit, the one most frequent over all
/// workers (ties: the ordinally first). A form's count in another worker is looked up only when that worker's own
/// most frequent form differs; a worker that did not see the unit cannot hold any of its forms.
/// </summary>
internal sealed class DisplayForms
{
    private readonly IReadOnlyList<CountingWorker> workers;
    private readonly SurfaceStatistics[] statistics;
    private readonly MergedUnits units;

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
                total = !counted ? 0 : Count(w, surface) + (second >= 0 && first >= 0 ? Count(1, statistics[1].Best[second]) : 0);
                return w;
            }
        }
        return Weigh(unit, out surface, out total, out folded);
    }

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
            long candidateTotal = Count(w, candidateId);
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
                    candidateTotal += Count(other, theirs.Best[otherLocal]);
                }
                else
                {
                    int id = otherSurfaces.IndexOf(workers[w].Surfaces[candidateId]);
                    candidateTotal += id < 0 ? 0 : CountingWorker.CountOf(otherSurfaces.Payload(id));
                }
            }
            if (weighed)
            {
                continue;
            }
            if (winner < 0 || candidateTotal > total
                || (candidateTotal == total && workers[w].Surfaces[candidateId].SequenceCompareTo(workers[winner].Surfaces[surface]) < 0))
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
