using System.Runtime.CompilerServices;

namespace CorpusLens.Text;

/// <summary>
/// One numbering of the folded units of all workers, made without copying a vocabulary: the first worker's units
/// keep their ids (0 … <see cref="FirstCount"/> − 1); units only later workers saw are numbered after them in
/// order of (worker, local id), and their characters stay where they are. Looking the later workers' units up in
/// the first worker's vocabulary only reads it, so <see cref="LookUp"/> may run on several threads at once;
/// <see cref="Number"/> then runs alone.
/// </summary>
internal sealed class MergedUnits
{
    private readonly IReadOnlyList<CountingWorker> workers;
    private readonly TermVocabulary first;
    private readonly int[][] globals; // [worker ≥ 1][local id] → global id (-1 before Number when not in the first worker)
    private readonly int[][] locals;  // [worker ≥ 1][global id] → local id or -1
    private int[] extraWorker = [];
    private int[] extraLocal = [];

    /// <summary>Prepares the numbering of <paramref name="workers"/>' units; call <see cref="LookUp"/> for every later worker's units, then <see cref="Number"/>.</summary>
    public MergedUnits(IReadOnlyList<CountingWorker> workers)
    {
        this.workers = workers;
        first = workers[0].Folded;
        FirstCount = Count = first.Count;
        globals = new int[workers.Count][];
        locals = new int[workers.Count][];
        for (int w = 1; w < workers.Count; w++)
        {
            globals[w] = PrefaultedArray.Uninitialized<int>(workers[w].Folded.Count); // all written by LookUp
        }
        Languages = [];
    }

    /// <summary>Units of the first worker (their global ids are their local ids).</summary>
    public int FirstCount { get; }

    /// <summary>Distinct units of all workers.</summary>
    public int Count { get; private set; }

    /// <summary>Per global unit: bit c set when it occurs in a document of language class c (after <see cref="Number"/>).</summary>
    public byte[] Languages { get; private set; }

    /// <summary>Looks units [<paramref name="from"/>, <paramref name="to"/>) of worker <paramref name="worker"/> (≥ 1) up in the first worker's vocabulary. Read-only: safe on several threads.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void LookUp(int worker, int from, int to)
    {
        var folded = workers[worker].Folded;
        var map = globals[worker];
        // Each lookup misses the cache twice (slot, then record): the slot of unit i + 4 and the record of unit
        // i + 2 are fetched ahead while unit i is looked up.
        const int Ahead = 4;
        Span<uint> hashes = stackalloc uint[Ahead];
        for (int local = from; local < Math.Min(to, from + Ahead); local++)
        {
            hashes[local % Ahead] = first.Prefetch(folded[local]);
        }
        for (int local = from; local < to; local++)
        {
            if (local + Ahead / 2 < to)
            {
                first.PrefetchRecord(hashes[(local + Ahead / 2) % Ahead]);
            }
            map[local] = first.IndexOf(folded[local]);
            if (local + Ahead < to)
            {
                hashes[local % Ahead] = first.Prefetch(folded[local + Ahead]);
            }
        }
    }

    /// <summary>Numbers the units no earlier worker saw, and works out the reverse maps and each unit's languages.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Number()
    {
        int extraCapacity = 0;
        for (int w = 1; w < workers.Count; w++)
        {
            extraCapacity += globals[w].AsSpan().Count(-1);
        }
        // With two workers every extra unit comes from the second one: no need to note which.
        extraWorker = workers.Count > 2 ? PrefaultedArray.Uninitialized<int>(extraCapacity) : [];
        extraLocal = PrefaultedArray.Uninitialized<int>(extraCapacity);
        // With more than two workers a unit missing from the first may be shared by later ones: those are matched by name.
        var later = workers.Count > 2 ? new TermVocabulary(Math.Max(1024, extraCapacity / 2)) : null;
        int extras = 0;
        for (int w = 1; w < workers.Count; w++)
        {
            var map = globals[w];
            var folded = workers[w].Folded;
            for (int local = 0; local < map.Length; local++)
            {
                if (map[local] >= 0)
                {
                    continue;
                }
                int extra = extras;
                bool added = true;
                if (later is not null)
                {
                    extra = later.GetOrAdd(folded[local], out added);
                }
                if (added)
                {
                    if (extraWorker.Length > 0)
                    {
                        extraWorker[extras] = w;
                    }
                    extraLocal[extras] = local;
                    extras++;
                }
                map[local] = FirstCount + extra;
            }
        }
        Count = FirstCount + extras;
        var languages = PrefaultedArray.Uninitialized<byte>(Count);
        workers[0].FoldedLanguages.AsSpan(0, FirstCount).CopyTo(languages);
        languages.AsSpan(FirstCount).Clear();
        for (int w = 1; w < workers.Count; w++)
        {
            var map = globals[w];
            var reverse = locals[w] = PrefaultedArray.Uninitialized<int>(Count);
            reverse.AsSpan().Fill(-1);
            var workerLanguages = workers[w].FoldedLanguages;
            for (int local = 0; local < map.Length; local++)
            {
                int global = map[local];
                reverse[global] = local;
                languages[global] |= workerLanguages[local];
            }
        }
        Languages = languages;
    }

    /// <summary>The global id of unit <paramref name="local"/> of worker <paramref name="worker"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Global(int worker, int local) => worker == 0 ? local : globals[worker][local];

    /// <summary>Worker <paramref name="worker"/>'s id of unit <paramref name="global"/>, or -1 when that worker did not see it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Local(int worker, int global) => worker == 0 ? (global < FirstCount ? global : -1) : locals[worker][global];

    /// <summary>The folded characters of unit <paramref name="global"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Text(int global) => global < FirstCount
        ? first[global]
        : workers[ExtraWorker(global - FirstCount)].Folded[extraLocal[global - FirstCount]];

    /// <summary>The worker whose vocabulary holds unit <paramref name="global"/>'s characters, and its id there.</summary>
    public (int Worker, int Local) Owner(int global) => global < FirstCount
        ? (0, global)
        : (ExtraWorker(global - FirstCount), extraLocal[global - FirstCount]);

    /// <summary>The stop-list bits of unit <paramref name="global"/> (see <see cref="CountingWorker.FoldedStops"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte Stops(int global) => global < FirstCount
        ? workers[0].FoldedStops[global]
        : workers[ExtraWorker(global - FirstCount)].FoldedStops[extraLocal[global - FirstCount]];

    private int ExtraWorker(int extra) => extraWorker.Length == 0 ? 1 : extraWorker[extra];

    /// <summary>The global id of the unit written <paramref name="folded"/>, or -1 when no worker saw it.</summary>
    public int IdOf(ReadOnlySpan<char> folded)
    {
        int id = first.IndexOf(folded);
        for (int w = 1; id < 0 && w < workers.Count; w++)
        {
            int local = workers[w].Folded.IndexOf(folded);
            id = local < 0 ? -1 : globals[w][local];
        }
        return id;
    }
}
