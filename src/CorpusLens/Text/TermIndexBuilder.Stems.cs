namespace CorpusLens.Text;

/// <summary>Units mapped to their stems (<see cref="MapStems"/>).</summary>
internal sealed partial class TermIndexBuilder
{
    /// <summary>
    /// With stemming several units share a term. The units are stemmed on two threads, each into a vocabulary of its
    /// own which holds every key of its units (stems, and the units kept as they are) with the most frequent surface
    /// form of each: one thread takes units from the first upwards, the other from the last downwards, a chunk at a
    /// time, until they meet, so that neither waits for the other when one core is slower (on these VMs one of the two
    /// sometimes runs at half speed; two fixed halves finished 100-190 ms apart). The upper part's keys are then
    /// looked up in the lower part's: the terms are the lower part's keys, then the upper part's new ones in the order
    /// of the first unit each comes from, so they are numbered in unit order, as one pass over all units would number
    /// them, and no third vocabulary copies the keys.
    /// </summary>
    private void MapStems()
    {
        AllocateTerms();
        var parts = new[] { new StemPart(units.Count / 2), new StemPart(units.Count / 2) };
        var split = new MeetingSplit(units.Count, StemChunk);
        // Each unit's terms are first its keys in its part's vocabulary (the upper part's are renumbered below).
        TwoThreads.Run(() => StemPartOf(parts[0], upwards: true), () => StemPartOf(parts[1], upwards: false));
        int middle = split.Middle;
        Diagnostics.PhaseTimer.Mark("build: stems: units stemmed");

        // The upper part's keys looked up in the lower part's (on two threads), then numbered after it in unit order.
        var first = parts[0].Keys;
        var second = parts[1].Keys;
        var termOfSecond = PrefaultedArray.Uninitialized<int>(second.Count);
        TwoThreads.Chunks(second.Count, UnitsPerChunk, (_, from, to) =>
        {
            for (int key = from; key < to; key++)
            {
                termOfSecond[key] = first.IndexOf(second[key]);
            }
        });
        var newKeys = new List<int>();
        foreach (int key in parts[1].KeysInUnitOrder(middle, units.Count))
        {
            int term = termOfSecond[key];
            if (term < 0)
            {
                termOfSecond[key] = first.Count + newKeys.Count;
                newKeys.Add(key);
            }
            else if (options.Display == TermDisplay.Surface)
            {
                parts[0].Offer(term, parts[1].Winner(key), displayForms);
            }
        }
        TwoThreads.Chunks(units.Count - middle, UnitsPerChunk, (_, from, to) => RenumberTerms(middle + from, middle + to, termOfSecond));

        Diagnostics.PhaseTimer.Mark("build: stems: upper part looked up and renumbered");
        // Keys stay in the parts' records and display forms in the workers' (see MapUnits).
        int terms = first.Count + newKeys.Count;
        var keyReferences = PrefaultedArray.Uninitialized<long>(terms);
        var displayReferences = PrefaultedArray.Uninitialized<long>(terms);
        long characters = parts[0].Characters;
        foreach (int key in newKeys)
        {
            characters += second[key].Length;
        }
        TwoThreads.Chunks(terms, UnitsPerChunk, (_, from, to) =>
        {
            for (int term = from; term < to; term++)
            {
                int part = term < first.Count ? 0 : 1;
                int key = part == 0 ? term : newKeys[term - first.Count];
                var vocabulary = parts[part].Keys;
                keyReferences[term] = TermTexts.Reference(part, vocabulary.OffsetOf(key));
                var winner = options.Display == TermDisplay.Surface ? parts[part].Winner(key) : ShownForm.None;
                displayReferences[term] = winner.Worker < 0 ? -1 : SurfaceReference(winner.Worker, winner.Surface, vocabulary[key]);
            }
        });
        texts = new TermTexts([first.Arena, second.Arena], workers.Select(worker => worker.Surfaces.Arena).ToArray(), keyReferences, displayReferences, characters);

        // One thread's part: chunks taken from its end of the units until the two threads meet.
        void StemPartOf(StemPart part, bool upwards)
        {
            int from, to;
            while (upwards ? split.TakeLower(out from, out to) : split.TakeUpper(out from, out to))
            {
                StemUnits(part, from, to, upwards);
            }
        }

        // Optimised at its first call, as the counting loop is: the pass runs once, over every unit, and would
        // otherwise start in precompiled code that inlines nothing of the runtime's (gen100: 456-477 -> 417-457 ms).
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        void StemUnits(StemPart part, int from, int to, bool upwards)
        {
            Span<int> keyOfClass = stackalloc int[LanguageClass.Count];
            Span<int> keysOfUnit = stackalloc int[LanguageClass.Count];
            for (int step = 0; step < to - from; step++)
            {
                int unit = upwards ? from + step : to - 1 - step;
                var text = units.Text(unit);
                byte stops = units.Stops(unit);
                bool name = options.NGram == 1 && IsProperName(unit);
                int keyCount = 0;
                for (int c = 0; c < LanguageClass.Count; c++)
                {
                    keyOfClass[c] = -1;
                    if ((units.Languages[unit] & (1 << c)) == 0 || !mapper.TryMap(text, c, name, stops, part.Keys, out int stem))
                    {
                        continue;
                    }
                    int key = keyOfClass[c] = stem >= 0 ? stem : part.Keys.GetOrAdd(text);
                    if (!Contains(keysOfUnit[..keyCount], key))
                    {
                        keysOfUnit[keyCount++] = key;
                    }
                }
                SetTerms(unit, keyOfClass);
                part.CatchUp();
                if (!upwards)
                {
                    part.NoteFirstUnit(unit, keysOfUnit[..keyCount]);
                }
                if (keyCount > 0 && options.Display == TermDisplay.Surface)
                {
                    int worker = displayForms.Winner(unit, true, out int surface, out long total, out _);
                    foreach (int key in keysOfUnit[..keyCount])
                    {
                        part.Offer(key, new ShownForm(worker, surface, total), displayForms);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Units stemmed as one piece of work by either thread (see <see cref="MapStems"/>): 2,048, a few milliseconds.
    /// Settable for tests: the terms do not depend on it, nor on where the two threads meet.
    /// </summary>
    internal static int StemChunk { get; set; } = 1 << 11;

    /// <summary>Replaces each term k of units <paramref name="from"/> to <paramref name="to"/> by <paramref name="termOfKey"/>[k] in every worker that saw them.</summary>
    private void RenumberTerms(int from, int to, int[] termOfKey)
    {
        for (int unit = from; unit < to; unit++)
        {
            for (int w = 0; w < workerTerms.Length; w++)
            {
                int local = units.Local(w, unit);
                if (local < 0)
                {
                    continue;
                }
                for (int c = 0; c < LanguageClass.Count; c++)
                {
                    if ((classesOfWorker[w] & (1 << c)) != 0 && workerTerms[w][c][local] is var key and >= 0)
                    {
                        workerTerms[w][c][local] = termOfKey[key];
                    }
                }
            }
        }
    }

    // The stem pass runs once, in one burst: code it calls is precompiled or compiled at first call. Generic code of
    // the runtime's own over value types (a List of tuples, Span.Contains of int) has neither, and would run
    // unoptimised until the runtime recompiles it, partway through the pass.
    private static bool Contains(ReadOnlySpan<int> keys, int key)
    {
        foreach (int kept in keys)
        {
            if (kept == key)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>One thread's part of the units in <see cref="MapStems"/>: their keys, and each key's most frequent surface form so far.</summary>
    private sealed class StemPart(int capacity)
    {
        private ShownForm[] winners = new ShownForm[Math.Max(1024, capacity)];
        private int winnerCount;

        // Taken downwards only: per key, the lowest unit it comes from and its place among that unit's keys.
        private int[] firstUnits = [];
        private byte[] places = [];

        /// <summary>Every key of the part's units: stems, and units kept as they are.</summary>
        public TermVocabulary Keys { get; } = new(Math.Max(1024, capacity));

        /// <summary>The characters of all keys.</summary>
        public long Characters { get; private set; }

        /// <summary>The most frequent form of <paramref name="key"/> so far (<see cref="ShownForm.None"/>: none yet).</summary>
        public ShownForm Winner(int key) => winners[key];

        /// <summary>Makes <paramref name="form"/> the shown form of <paramref name="key"/> when it beats the one kept (<see cref="DisplayForms.Beats"/>).</summary>
        public void Offer(int key, ShownForm form, DisplayForms forms)
        {
            var kept = winners[key];
            if (forms.Beats(form.Worker, form.Surface, form.Total, kept.Worker, kept.Surface, kept.Total))
            {
                winners[key] = form;
            }
        }

        /// <summary>
        /// Notes that <paramref name="keys"/> (distinct, in the order the unit's language classes gave them) come from
        /// <paramref name="unit"/>, for a part whose units are taken downwards: the last unit noted for a key is its
        /// first in unit order.
        /// </summary>
        public void NoteFirstUnit(int unit, ReadOnlySpan<int> keys)
        {
            if (firstUnits.Length < Keys.Count)
            {
                int length = Math.Max(Keys.Count, firstUnits.Length * 2);
                Array.Resize(ref firstUnits, length);
                Array.Resize(ref places, length);
            }
            for (int place = 0; place < keys.Length; place++)
            {
                firstUnits[keys[place]] = unit;
                places[keys[place]] = (byte)place;
            }
        }

        /// <summary>
        /// The keys of a part taken downwards over units [<paramref name="from"/>, <paramref name="to"/>), in the order
        /// one pass upwards would have added them: by first unit, then by place in it (a counting sort).
        /// </summary>
        public int[] KeysInUnitOrder(int from, int to)
        {
            int keys = Keys.Count;
            var starts = new int[to - from + 1];
            for (int key = 0; key < keys; key++)
            {
                starts[firstUnits[key] - from + 1]++;
            }
            for (int i = 1; i < starts.Length; i++)
            {
                starts[i] += starts[i - 1];
            }
            // A unit has at most one key per language class: its keys go in place by place.
            var ordered = new int[keys];
            for (int place = 0; place < LanguageClass.Count; place++)
            {
                for (int key = 0; key < keys; key++)
                {
                    if (places[key] == place)
                    {
                        ordered[starts[firstUnits[key] - from]++] = key;
                    }
                }
            }
            return ordered;
        }

        /// <summary>Notes the keys added since the last call: no surface form yet, and their characters.</summary>
        public void CatchUp()
        {
            while (winnerCount < Keys.Count)
            {
                Characters += Keys[winnerCount].Length;
                if (winnerCount == winners.Length)
                {
                    Array.Resize(ref winners, winners.Length * 2);
                }
                winners[winnerCount++] = ShownForm.None;
            }
        }
    }

    /// <summary>A surface form offered to be shown for a term: the worker and surface it is, and how often it occurs over all workers.</summary>
    private readonly record struct ShownForm(int Worker, int Surface, long Total)
    {
        /// <summary>No form yet.</summary>
        public static ShownForm None { get; } = new(-1, -1, 0);
    }
}
