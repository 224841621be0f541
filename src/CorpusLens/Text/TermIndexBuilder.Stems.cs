namespace CorpusLens.Text;

/// <summary>Units mapped to their stems (<see cref="MapStems"/>).</summary>
internal sealed partial class TermIndexBuilder
{
    /// <summary>
    /// With stemming several units share a term. Each half of the units is stemmed on a thread of its own into a
    /// vocabulary of its own, which holds every key of that half (stems, and the units kept as they are) with the
    /// most frequent surface form of each. The second half's keys are then looked up in the first half's: the terms
    /// are the first half's keys, then the second half's new ones, so they are numbered in unit order, as one pass
    /// over all units would number them, and no third vocabulary copies the keys.
    /// </summary>
    private void MapStems()
    {
        AllocateTerms();
        int middle = units.Count / 2;
        var halves = new[] { new StemHalf(0, middle), new StemHalf(middle, units.Count) };
        // Each unit's terms are first its keys in its half's vocabulary (the second half's are renumbered below).
        TwoThreads.Run(() => StemUnits(halves[0]), () => StemUnits(halves[1]));

        // The second half's keys looked up in the first half (on two threads), then numbered after it in order.
        var first = halves[0].Keys;
        var second = halves[1].Keys;
        var termOfSecond = PrefaultedArray.Uninitialized<int>(second.Count);
        TwoThreads.Halves(second.Count, (from, to) =>
        {
            for (int key = from; key < to; key++)
            {
                termOfSecond[key] = first.IndexOf(second[key]);
            }
        });
        var newKeys = new List<int>();
        for (int key = 0; key < second.Count; key++)
        {
            int term = termOfSecond[key];
            if (term < 0)
            {
                termOfSecond[key] = first.Count + newKeys.Count;
                newKeys.Add(key);
            }
            else if (options.Display == TermDisplay.Surface)
            {
                halves[0].Offer(term, halves[1].Winner(key), displayForms);
            }
        }
        TwoThreads.Halves(units.Count - middle, (from, to) => RenumberTerms(middle + from, middle + to, termOfSecond));

        // Keys stay in the halves' records and display forms in the workers' (see MapUnits).
        int terms = first.Count + newKeys.Count;
        var keyReferences = PrefaultedArray.Uninitialized<long>(terms);
        var displayReferences = PrefaultedArray.Uninitialized<long>(terms);
        long characters = halves[0].Characters;
        foreach (int key in newKeys)
        {
            characters += second[key].Length;
        }
        TwoThreads.Halves(terms, (from, to) =>
        {
            for (int term = from; term < to; term++)
            {
                int half = term < first.Count ? 0 : 1;
                int key = half == 0 ? term : newKeys[term - first.Count];
                var vocabulary = halves[half].Keys;
                keyReferences[term] = TermTexts.Reference(half, vocabulary.OffsetOf(key));
                var winner = options.Display == TermDisplay.Surface ? halves[half].Winner(key) : ShownForm.None;
                displayReferences[term] = winner.Worker < 0 ? -1 : SurfaceReference(winner.Worker, winner.Surface, vocabulary[key]);
            }
        });
        texts = new TermTexts([first.Arena, second.Arena], workers.Select(worker => worker.Surfaces.Arena).ToArray(), keyReferences, displayReferences, characters);

        // Optimised at its first call, as the counting loop is: the pass runs once, over every unit, and would
        // otherwise start in precompiled code that inlines nothing of the runtime's (gen100: 456-477 -> 417-457 ms).
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        void StemUnits(StemHalf half)
        {
            Span<int> keyOfClass = stackalloc int[LanguageClass.Count];
            Span<int> keysOfUnit = stackalloc int[LanguageClass.Count];
            for (int unit = half.From; unit < half.To; unit++)
            {
                var text = units.Text(unit);
                byte stops = units.Stops(unit);
                bool name = options.NGram == 1 && IsProperName(unit);
                int keyCount = 0;
                for (int c = 0; c < LanguageClass.Count; c++)
                {
                    keyOfClass[c] = -1;
                    if ((units.Languages[unit] & (1 << c)) == 0 || !mapper.TryMap(text, c, name, stops, half.Keys, out int stem))
                    {
                        continue;
                    }
                    int key = keyOfClass[c] = stem >= 0 ? stem : half.Keys.GetOrAdd(text);
                    if (!Contains(keysOfUnit[..keyCount], key))
                    {
                        keysOfUnit[keyCount++] = key;
                    }
                }
                SetTerms(unit, keyOfClass);
                half.CatchUp();
                if (keyCount > 0 && options.Display == TermDisplay.Surface)
                {
                    int worker = displayForms.Winner(unit, true, out int surface, out long total, out _);
                    foreach (int key in keysOfUnit[..keyCount])
                    {
                        half.Offer(key, new ShownForm(worker, surface, total), displayForms);
                    }
                }
            }
        }
    }

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

    /// <summary>One thread's share of the units in <see cref="MapStems"/>: their keys, and each key's most frequent surface form so far.</summary>
    private sealed class StemHalf(int from, int to)
    {
        private ShownForm[] winners = new ShownForm[Math.Max(1024, to - from)];
        private int winnerCount;

        public int From { get; } = from;

        public int To { get; } = to;

        /// <summary>Every key of the half's units: stems, and units kept as they are.</summary>
        public TermVocabulary Keys { get; } = new(Math.Max(1024, to - from));

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
