namespace CorpusLens.Text;

/// <summary>
/// Merges the workers' vocabularies into one, decides per distinct unit and language what it is counted as
/// (stopword, proper name, stem), and picks each term's display form: its most frequent surface form.
/// </summary>
internal static class TermIndexBuilder
{
    public static TermIndex Build(IReadOnlyList<CountingWorker> workers, IReadOnlyList<(string Id, IReadOnlyDictionary<string, string> Metadata)> sources, TermOptions options)
    {
        // 1. One vocabulary of folded units, with the languages each occurs in.
        // The first thread's vocabulary becomes the shared one (its ids stay as they are), to save a copy.
        int capacity = workers.Sum(worker => worker.Folded.Count);
        var folded = workers[0].Folded;
        var unitMaps = new int[workers.Count][];
        var languages = new byte[Math.Max(16, capacity)];
        var inWorkers = new ulong[Math.Max(16, capacity)]; // bit w: worker w (of the first 64) saw the unit
        for (int w = 0; w < workers.Count; w++)
        {
            var worker = workers[w];
            var map = unitMaps[w] = new int[worker.Folded.Count];
            for (int unit = 0; unit < map.Length; unit++)
            {
                int global = map[unit] = folded.GetOrAdd(worker.Folded[unit]);
                languages[global] |= worker.FoldedLanguages[unit];
                inWorkers[global] |= w < 64 ? 1UL << w : ulong.MaxValue;
            }
        }

        Diagnostics.PhaseTimer.Mark("build: merge vocabularies");
        // 2. Occurrences and capitalisation per unit, and each thread's most frequent surface form per unit.
        var occurrences = new long[folded.Count];
        var capitalised = new long[folded.Count];
        var innerCapital = new long[folded.Count];
        var localBest = new int[workers.Count][];
        for (int w = 0; w < workers.Count; w++)
        {
            var worker = workers[w];
            var best = localBest[w] = new int[unitMaps[w].Length];
            Array.Fill(best, -1);
            for (int surface = 0; surface < worker.Surfaces.Count; surface++)
            {
                ulong payload = worker.Surfaces.Payload(surface);
                int local = CountingWorker.UnitOf(payload);
                long count = CountingWorker.CountOf(payload);
                int unit = unitMaps[w][local];
                occurrences[unit] += count;
                var text = worker.Surfaces[surface];
                if (text.Length > 0 && char.IsUpper(text[0]))
                {
                    capitalised[unit] += count;
                    if (HasInnerCapital(text))
                    {
                        innerCapital[unit] += count;
                    }
                }
                int current = best[local];
                if (current < 0 || count > CountingWorker.CountOf(worker.Surfaces.Payload(current))
                    || (count == CountingWorker.CountOf(worker.Surfaces.Payload(current)) && text.SequenceCompareTo(worker.Surfaces[current]) < 0))
                {
                    best[local] = surface;
                }
            }
        }

        Diagnostics.PhaseTimer.Mark("build: surface counts");
        // 3. Each (unit, language) to a term key, once.
        var mapper = new TermMapper(options);
        var extraNames = new HashSet<string>(options.ExtraProperNames.Select(name => CaseFolding.Fold(name)), StringComparer.Ordinal);
        var keys = new TermVocabulary(Math.Max(1024, folded.Count));
        var unitTerms = new int[LanguageClass.Count][];
        for (int c = 0; c < LanguageClass.Count; c++)
        {
            unitTerms[c] = new int[folded.Count];
            Array.Fill(unitTerms[c], -1);
        }
        void MapUnits(int from, int to, Action<int, int, string> found)
        {
            for (int unit = from; unit < to; unit++)
            {
                string word = folded.GetString(unit);
                bool outsideGerman = (languages[unit] & ~(1 << LanguageClass.German)) != 0;
                bool name = options.NGram == 1 && ProperNames.IsProperName(word, occurrences[unit], capitalised[unit], innerCapital[unit], outsideGerman, extraNames);
                for (int c = 0; c < LanguageClass.Count; c++)
                {
                    if ((languages[unit] & (1 << c)) != 0 && mapper.Map(word, c, name) is { } key)
                    {
                        found(c, unit, key);
                    }
                }
            }
        }
        if (options.Stem && TermCounter.Threads >= 2)
        {
            // Stemming is the slow part: the keys are worked out on two threads, then numbered in unit order.
            var mapped = new string?[LanguageClass.Count][];
            for (int c = 0; c < LanguageClass.Count; c++)
            {
                mapped[c] = new string?[folded.Count];
            }
            int middle = folded.Count / 2;
            Parallel.Invoke(
                () => MapUnits(0, middle, (c, unit, key) => mapped[c][unit] = key),
                () => MapUnits(middle, folded.Count, (c, unit, key) => mapped[c][unit] = key));
            for (int unit = 0; unit < folded.Count; unit++)
            {
                for (int c = 0; c < LanguageClass.Count; c++)
                {
                    if (mapped[c][unit] is { } key)
                    {
                        unitTerms[c][unit] = keys.GetOrAdd(key);
                    }
                }
            }
        }
        else
        {
            MapUnits(0, folded.Count, (c, unit, key) => unitTerms[c][unit] = keys.GetOrAdd(key));
        }

        Diagnostics.PhaseTimer.Mark("build: map units to terms (stems)");
        // 4. Display form: the most frequent surface form of each term. Candidates are each thread's most
        //    frequent form of each unit; their counts are summed over all threads.
        // The display candidate of each term is kept as (worker, surface id); strings are made once at the end.
        var displayWorker = new int[keys.Count];
        var displayId = new int[keys.Count];
        var displayCount = new long[keys.Count];
        Array.Fill(displayWorker, -1);
        Span<int> termsOfUnit = stackalloc int[LanguageClass.Count];
        for (int w = 0; w < workers.Count; w++)
        {
            var surfaces = workers[w].Surfaces;
            for (int local = 0; local < localBest[w].Length; local++)
            {
                int candidateId = localBest[w][local];
                if (candidateId < 0)
                {
                    continue;
                }
                int unit = unitMaps[w][local];
                int termCount = 0;
                for (int c = 0; c < LanguageClass.Count; c++)
                {
                    int term = unitTerms[c][unit];
                    if (term >= 0 && !termsOfUnit[..termCount].Contains(term))
                    {
                        termsOfUnit[termCount++] = term;
                    }
                }
                if (termCount == 0)
                {
                    continue;
                }
                var candidate = surfaces[candidateId];
                long total = CountingWorker.CountOf(surfaces.Payload(candidateId));
                for (int o = 0; o < workers.Count; o++)
                {
                    // A surface form can only occur in a worker that saw its unit.
                    if (o != w && (o >= 64 || (inWorkers[unit] & (1UL << o)) != 0))
                    {
                        int id = workers[o].Surfaces.IndexOf(candidate);
                        total += id < 0 ? 0 : CountingWorker.CountOf(workers[o].Surfaces.Payload(id));
                    }
                }
                foreach (int term in termsOfUnit[..termCount])
                {
                    if (displayWorker[term] < 0 || total > displayCount[term]
                        || (total == displayCount[term] && candidate.SequenceCompareTo(workers[displayWorker[term]].Surfaces[displayId[term]]) < 0))
                    {
                        displayWorker[term] = w;
                        displayId[term] = candidateId;
                        displayCount[term] = total;
                    }
                }
            }
        }
        var termKeys = new string[keys.Count];
        var display = new string[keys.Count];
        for (int term = 0; term < keys.Count; term++)
        {
            termKeys[term] = keys.GetString(term);
            display[term] = options.Display == TermDisplay.Key || displayWorker[term] < 0 ? termKeys[term] : workers[displayWorker[term]].Surfaces.GetString(displayId[term]);
        }

        Diagnostics.PhaseTimer.Mark("build: key strings");
        // 5. Documents in input order, each pointing at its worker's pairs.
        var documents = new TermDocument[sources.Count];
        var locations = new DocumentLocation[sources.Count];
        var workerTerms = new int[workers.Count][][];
        for (int w = 0; w < workers.Count; w++)
        {
            workerTerms[w] = new int[LanguageClass.Count][];
            for (int c = 0; c < LanguageClass.Count; c++)
            {
                var composed = workerTerms[w][c] = new int[unitMaps[w].Length];
                for (int unit = 0; unit < composed.Length; unit++)
                {
                    composed[unit] = unitTerms[c][unitMaps[w][unit]];
                }
            }
            foreach (var document in workers[w].Documents)
            {
                var source = sources[document.Index];
                documents[document.Index] = new TermDocument(source.Id, document.Language, document.Tokens, source.Metadata);
                locations[document.Index] = new DocumentLocation(w, document.Offset, document.Length, LanguageClass.Of(document.Language));
            }
        }
        var pairs = workers.Select(worker => (worker.PairUnits, worker.PairCounts)).ToArray();
        return new TermIndex(options, documents, termKeys, display, pairs, workerTerms, locations);
    }

    private static bool HasInnerCapital(ReadOnlySpan<char> text)
    {
        for (int i = 1; i < text.Length; i++)
        {
            if (char.IsUpper(text[i]))
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>Where a document's (unit, count) pairs are: which worker, from where, how many, in which language class.</summary>
internal readonly record struct DocumentLocation(int Worker, int Offset, int Length, int LanguageClass);
