namespace CorpusLens.Text;

/// <summary>Units mapped to their stems (<see cref="MapStems"/>).</summary>
internal sealed partial class TermIndexBuilder
{
    /// <summary>
    /// With stemming several units share a term: stems are worked out on two threads, each into a vocabulary of its
    /// own (no string per stem), then numbered in unit order.
    /// </summary>
    private void MapStems()
    {
        AllocateTerms();
        var classes = PrefaultedArray.Uninitialized<byte>(units.Count);
        var stems = new int[LanguageClass.Count][]; // per class and unit: the stem's id in its half's vocabulary, or -1
        for (int c = 0; c < LanguageClass.Count; c++)
        {
            stems[c] = PrefaultedArray.Uninitialized<int>(units.Count);
        }
        var winners = new (int Worker, int Surface, long Total)[units.Count];
        int middle = units.Count / 2;
        var halves = new[] { new TermVocabulary(Math.Max(1024, middle)), new TermVocabulary(Math.Max(1024, middle)) };
        TwoThreads.Run(() => StemUnits(0, middle, halves[0]), () => StemUnits(middle, units.Count, halves[1]));
        void StemUnits(int from, int to, TermVocabulary stemsOfHalf)
        {
            for (int unit = from; unit < to; unit++)
            {
                var text = units.Text(unit);
                byte stops = units.Stops(unit);
                bool name = options.NGram == 1 && IsProperName(unit);
                byte mask = 0;
                for (int c = 0; c < LanguageClass.Count; c++)
                {
                    stems[c][unit] = -1;
                    if ((units.Languages[unit] & (1 << c)) != 0 && mapper.TryMap(text, c, name, stops, stemsOfHalf, out stems[c][unit]))
                    {
                        mask |= (byte)(1 << c);
                    }
                }
                classes[unit] = mask;
                if (mask != 0 && options.Display == TermDisplay.Surface)
                {
                    int worker = displayForms.Winner(unit, true, out int surface, out long total, out _);
                    winners[unit] = (worker, surface, total);
                }
            }
        }

        var vocabulary = new TermVocabulary(Math.Max(1024, units.Count));
        long characters = 0;
        var termWinners = new List<(int Worker, int Surface, long Total)>();
        Span<int> termsOfUnit = stackalloc int[LanguageClass.Count];
        Span<int> termOfClass = stackalloc int[LanguageClass.Count];
        for (int unit = 0; unit < units.Count; unit++)
        {
            int mask = classes[unit];
            int termCount = 0;
            termOfClass.Fill(-1);
            for (int c = 0; c < LanguageClass.Count; c++)
            {
                if ((mask & (1 << c)) == 0)
                {
                    continue;
                }
                int stem = stems[c][unit];
                var key = stem < 0 ? units.Text(unit) : halves[unit < middle ? 0 : 1][stem];
                int term = termOfClass[c] = vocabulary.GetOrAdd(key, out bool added);
                if (added)
                {
                    characters += key.Length;
                    termWinners.Add((-1, -1, 0));
                }
                if (!termsOfUnit[..termCount].Contains(term))
                {
                    termsOfUnit[termCount++] = term;
                }
            }
            SetTerms(unit, termOfClass);
            if (options.Display == TermDisplay.Key)
            {
                continue;
            }
            var winner = winners[unit];
            foreach (int term in termsOfUnit[..termCount])
            {
                var current = termWinners[term];
                if (displayForms.Beats(winner.Worker, winner.Surface, winner.Total, current.Worker, current.Surface, current.Total))
                {
                    termWinners[term] = winner;
                }
            }
        }
        // Keys stay in the numbering vocabulary's records and display forms in the workers' (see MapUnits).
        var keyReferences = PrefaultedArray.Uninitialized<long>(vocabulary.Count);
        var displayReferences = PrefaultedArray.Uninitialized<long>(vocabulary.Count);
        TwoThreads.Halves(vocabulary.Count, (from, to) =>
        {
            for (int term = from; term < to; term++)
            {
                keyReferences[term] = TermTexts.Reference(0, vocabulary.OffsetOf(term));
                var winner = termWinners[term];
                displayReferences[term] = winner.Worker < 0 ? -1 : SurfaceReference(winner.Worker, winner.Surface, vocabulary[term]);
            }
        });
        texts = new TermTexts([vocabulary.Arena], workers.Select(worker => worker.Surfaces.Arena).ToArray(), keyReferences, displayReferences, characters);
    }
}
