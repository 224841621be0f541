using System.Numerics;
using System.Runtime.CompilerServices;

namespace CorpusLens.Text;

/// <summary>Units mapped to their stems (<see cref="MapStems"/>).</summary>
internal sealed partial class TermIndexBuilder
{
    /// <summary>
    /// With stemming several units share a term. Each (unit, language class) a unit is counted in is an entry, and
    /// entries are numbered in unit order, then class order. Both threads stem chunks of units in turn: each entry
    /// notes where its key is (the unit's own record when it is counted as itself, else the stem copied into the
    /// thread's arena) and the key's hash. The entries are then sorted by hash, then entry: equal keys are neighbours,
    /// the first entry of each key leads it, and the terms are the leaders in entry order, so they are numbered as one
    /// pass over the units in order would number them. No vocabulary is built: sorting 400,000 numbers costs less
    /// than a hash table's lookups and its fresh memory (gen100: two vocabularies, one per thread, then the upper one
    /// looked up in the lower one, took 270-355 ms).
    /// </summary>
    private void MapStems()
    {
        AllocateTerms();
        bool surface = options.Display == TermDisplay.Surface;
        var languages = units.Languages;
        var firstEntry = PrefaultedArray.Uninitialized<int>(units.Count + 1);
        int entries = 0;
        for (int unit = 0; unit < units.Count; unit++)
        {
            firstEntry[unit] = entries;
            entries += BitOperations.PopCount(languages[unit]);
        }
        firstEntry[units.Count] = entries;
        // Per entry: (hash << 32) | entry, or Dropped; where its key is; its unit (-1: dropped).
        var order = PrefaultedArray.Uninitialized<ulong>(entries);
        var keyOfEntry = PrefaultedArray.Uninitialized<long>(entries);
        var unitOfEntry = PrefaultedArray.Uninitialized<int>(entries);
        var formOfUnit = surface ? PrefaultedArray.Uninitialized<ShownForm>(units.Count) : [];
        var stems = new[] { new TermVocabulary(), new TermVocabulary() };
        var threadStemmers = new[] { new ThreadStemmers(), new ThreadStemmers() };
        var queue = new ChunkQueue(units.Count, StemChunk);
        TwoThreads.Run(() => StemChunks(0), () => StemChunks(1));
        Diagnostics.PhaseTimer.Mark("build: stems: units stemmed");

        var arenas = workers.Select(worker => worker.Folded.Arena).Concat(stems.Select(arena => arena.Arena)).ToArray();
        var termOfEntry = PrefaultedArray.Uninitialized<int>(entries);
        var scratch = new RadixScratch(entries);
        // Only the hash half is sorted: the entries are in order already. The keys carry their entry, so the items are
        // not needed: termOfEntry lends its room and is filled below.
        RadixSort.Sort(order, termOfEntry, scratch.Keys, scratch.Items, firstDigit: 4);
        // Each kept entry's leader, on two threads, each over whole runs of equal hashes.
        int kept = order.AsSpan().IndexOf(Dropped) is var end and >= 0 ? end : entries;
        int middle = RunStart(order, kept / 2, kept);
        int terms = 0;
        TwoThreads.Run(() => Interlocked.Add(ref terms, Lead(order, 0, middle, arenas, keyOfEntry, termOfEntry)),
            () => Interlocked.Add(ref terms, Lead(order, middle, kept, arenas, keyOfEntry, termOfEntry)));
        // Leaders numbered in entry order; every other entry takes its leader's term (numbered already: it is lower).
        // Each term's shown form is the most frequent of its units': the leader's, unless a later entry's beats it.
        // In entry order the units' forms are read in sequence (in sorted order they were 14-15 ms of random reads).
        var keyReferences = PrefaultedArray.Uninitialized<long>(terms);
        var formOfTerm = surface ? PrefaultedArray.Uninitialized<ShownForm>(terms) : [];
        int term = 0;
        for (int entry = 0; entry < entries; entry++)
        {
            int leader = termOfEntry[entry];
            int unit = unitOfEntry[entry];
            if (unit < 0)
            {
                termOfEntry[entry] = -1;
            }
            else if (leader == entry)
            {
                keyReferences[term] = keyOfEntry[entry];
                if (surface)
                {
                    formOfTerm[term] = formOfUnit[unit];
                }
                termOfEntry[entry] = term++;
            }
            else
            {
                int t = termOfEntry[entry] = termOfEntry[leader];
                if (surface)
                {
                    var form = formOfUnit[unit];
                    var shown = formOfTerm[t];
                    if (displayForms.Beats(form.Worker, form.Surface, form.Total, shown.Worker, shown.Surface, shown.Total))
                    {
                        formOfTerm[t] = form;
                    }
                }
            }
        }
        Diagnostics.PhaseTimer.Mark("build: stems: equal keys found and numbered");

        TwoThreads.Chunks(units.Count, UnitsPerChunk, (_, from, to) => SetEntryTerms(from, to, firstEntry, termOfEntry));
        var displayReferences = PrefaultedArray.Uninitialized<long>(terms);
        long characters = 0;
        TwoThreads.Chunks(terms, UnitsPerChunk, (_, from, to) =>
        {
            long inChunk = 0;
            for (int t = from; t < to; t++)
            {
                var key = TermTexts.Read(arenas, keyReferences[t]);
                inChunk += key.Length;
                var form = surface ? formOfTerm[t] : ShownForm.None;
                displayReferences[t] = form.Worker < 0 ? -1 : SurfaceReference(form.Worker, form.Surface, key);
            }
            Interlocked.Add(ref characters, inChunk);
        });
        texts = new TermTexts(arenas, workers.Select(worker => worker.Surfaces.Arena).ToArray(), keyReferences, displayReferences, characters);

        void StemChunks(int thread)
        {
            while (queue.TryTake(out _, out int from, out int to))
            {
                StemUnits(thread, from, to);
            }
        }

        // Optimised at its first call, as the counting loop is: the pass runs once, over every unit, and would
        // otherwise start in precompiled code that inlines nothing of the runtime's.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        void StemUnits(int thread, int from, int to)
        {
            var arena = stems[thread];
            var stemmers = threadStemmers[thread];
            int arenaIndex = workers.Count + thread;
            for (int unit = from; unit < to; unit++)
            {
                var text = units.Text(unit);
                byte stops = units.Stops(unit);
                int present = languages[unit];
                bool name = options.NGram == 1 && IsProperName(unit);
                bool counted = false;
                int entry = firstEntry[unit];
                for (int c = 0; c < LanguageClass.Count; c++)
                {
                    if ((present & (1 << c)) == 0)
                    {
                        continue;
                    }
                    if (!mapper.TryMap(text, c, name, stops, stemmers, out bool stemmed, out var stem))
                    {
                        order[entry] = Dropped;
                        unitOfEntry[entry++] = -1;
                        continue;
                    }
                    var key = stemmed ? stem : text;
                    order[entry] = ((ulong)TermVocabulary.Hash(key) << 32) | (uint)entry;
                    keyOfEntry[entry] = stemmed ? TermTexts.Reference(arenaIndex, arena.Append(stem)) : OwnReference(unit);
                    unitOfEntry[entry++] = unit;
                    counted = true;
                }
                if (counted && surface)
                {
                    int worker = displayForms.Winner(unit, true, out int form, out long total, out _);
                    formOfUnit[unit] = new ShownForm(worker, form, total);
                }
            }
        }
    }

    /// <summary>The sort key of an entry whose unit is dropped in its class: after every kept one (no entry is 2^32 - 1).</summary>
    private const ulong Dropped = ulong.MaxValue;

    /// <summary>
    /// Units stemmed as one piece of work by either thread (see <see cref="MapStems"/>): 2,048, a few milliseconds.
    /// Settable for tests: the terms do not depend on it, nor on which thread took which chunk.
    /// </summary>
    internal static int StemChunk { get; set; } = 1 << 11;

    /// <summary>Where unit <paramref name="unit"/>'s own record is: its key when it is counted as itself.</summary>
    private long OwnReference(int unit)
    {
        var (worker, local) = units.Owner(unit);
        return TermTexts.Reference(worker, workers[worker].Folded.OffsetOf(local));
    }

    /// <summary>The first place at or after <paramref name="at"/> in sorted[..<paramref name="end"/>] where a run of equal hashes starts (or <paramref name="end"/>).</summary>
    internal static int RunStart(ulong[] sorted, int at, int end)
    {
        while (at > 0 && at < end && sorted[at] >> 32 == sorted[at - 1] >> 32)
        {
            at++;
        }
        return at;
    }

    /// <summary>
    /// Sets <paramref name="leaders"/>[e] for each entry e in sorted[from..to] (whole runs of equal hashes, each sorted
    /// by entry): the first entry of the run whose key is the same text (hashes of different keys rarely agree, so
    /// a run is mostly one key). Returns the number of leaders.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int Lead(ulong[] sorted, int from, int to, KeyArena[] arenas, long[] keyOfEntry, int[] leaders)
    {
        int count = 0;
        var leadersOfRun = new List<int>();
        int start = from;
        while (start < to)
        {
            uint hash = (uint)(sorted[start] >> 32);
            int first = (int)(uint)sorted[start];
            leaders[first] = first;
            count++;
            int next = start + 1;
            if (next < to && (uint)(sorted[next] >> 32) == hash)
            {
                leadersOfRun.Clear();
                leadersOfRun.Add(first);
                for (; next < to && (uint)(sorted[next] >> 32) == hash; next++)
                {
                    int entry = (int)(uint)sorted[next];
                    var key = TermTexts.Read(arenas, keyOfEntry[entry]);
                    int leader = -1;
                    foreach (int candidate in leadersOfRun)
                    {
                        if (TermTexts.Read(arenas, keyOfEntry[candidate]).SequenceEqual(key))
                        {
                            leader = candidate;
                            break;
                        }
                    }
                    if (leader < 0)
                    {
                        leader = entry;
                        leadersOfRun.Add(entry);
                        count++;
                    }
                    leaders[entry] = leader;
                }
            }
            start = next;
        }
        return count;
    }

    /// <summary>Writes the terms of units <paramref name="from"/> to <paramref name="to"/> into each worker that saw them, from their entries' terms.</summary>
    private void SetEntryTerms(int from, int to, int[] firstEntry, int[] termOfEntry)
    {
        Span<int> termOfClass = stackalloc int[LanguageClass.Count];
        var languages = units.Languages;
        for (int unit = from; unit < to; unit++)
        {
            int entry = firstEntry[unit];
            for (int c = 0; c < LanguageClass.Count; c++)
            {
                termOfClass[c] = (languages[unit] & (1 << c)) != 0 ? termOfEntry[entry++] : -1;
            }
            SetTerms(unit, termOfClass);
        }
    }

    /// <summary>A surface form offered to be shown for a term: the worker and surface it is, and how often it occurs over all workers.</summary>
    private readonly record struct ShownForm(int Worker, int Surface, long Total)
    {
        /// <summary>No form yet.</summary>
        public static ShownForm None { get; } = new(-1, -1, 0);
    }
}
