using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace CorpusLens.Text;

public sealed partial class TermIndex
{
    /// <summary>
    /// One thread's tally of the terms of a group and its selection of the group's rows: count descending, then
    /// shown term (its display rank). Reused from group to group; only the terms a group touched are reset.
    /// </summary>
    private sealed class GroupTally
    {
        // Count, document frequency, last document and display rank of a term side by side: one cache line per
        // term touched, read again when the group's rows are selected.
        private readonly TermTally[] tallies;
        private const int PrefetchDistance = 8;
        private int[] touched = new int[1024];
        private int touchedCount;
        private readonly TermIndex index;
        private readonly int[] termByRank;
        private readonly TermTexts texts;
        private long[] sortKeys = new long[1024];
        private readonly int[] unitBuffer = new int[4096];
        private readonly int[] countBuffer = new int[4096];
        private int[] keptTerms = new int[64];

        /// <summary>
        /// A tally for <paramref name="index"/>. <paramref name="ranked"/>: rows are selected by display rank
        /// (<see cref="Select"/>); without ranks (not computed for it) the tally only counts rows
        /// (<see cref="CountRows"/>) or selects a few groups by comparing their shown terms (<see cref="SelectByText"/>).
        /// </summary>
        public GroupTally(TermIndex index, bool ranked = true)
        {
            this.index = index;
            texts = index.texts;
            termByRank = ranked ? index.termsByRank.Value : [];
            tallies = ranked ? NewTallies(termByRank) : NewTallies(texts.Count);
        }

        /// <summary>Adds the rows of the groups of documents order[from..to] (sorted by group) to <paramref name="rows"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Select(string[] groups, int[] order, int from, int to, int? top, IFrequencyRowSink rows)
        {
            int start = from;
            while (start < to)
            {
                (int end, string group, long tokens) = TallyGroup(groups, order, start, to);
                if (sortKeys.Length < touchedCount)
                {
                    sortKeys = new long[Math.Max(touchedCount, sortKeys.Length * 2)];
                }
                int limit = top ?? int.MaxValue;
                int minimumCount = MinimumCount(limit);
                int candidates = 0;
                for (int i = 0; i < touchedCount; i++)
                {
                    int term = touched[i];
                    ref var tally = ref tallies[term];
                    if (tally.Count >= minimumCount)
                    {
                        sortKeys[candidates++] = ((long)(int.MaxValue - tally.Count) << 32) | (uint)tally.Rank;
                    }
                }
                int keep = TopSelection.SortSmallest(sortKeys.AsSpan(0, candidates), limit);
                var kept = Kept(keep);
                for (int i = 0; i < keep; i++)
                {
                    kept[i] = termByRank[(int)(sortKeys[i] & 0xFFFFFFFF)];
                }
                PrefetchShown(kept);
                for (int i = 0; i < keep; i++)
                {
                    int term = kept[i];
                    var tally = tallies[term];
                    rows.Add(group, texts, term, tally.Count, tokens == 0 ? 0 : tally.Count * 1000.0 / tokens, tally.Documents);
                }
                Reset();
                start = end;
            }
        }

        /// <summary>
        /// The number of rows the groups of documents order[from..to] have (each group's distinct terms, at most
        /// <paramref name="top"/>), without selecting them: no order, so no display ranks.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public long CountRows(string[] groups, int[] order, int from, int to, int? top)
        {
            int limit = top ?? int.MaxValue;
            long rows = 0;
            int start = from;
            while (start < to)
            {
                if (start + 1 == to || groups[order[start + 1]] != groups[order[start]])
                {
                    rows += DistinctTerms(order[start], limit);
                    start++;
                    continue;
                }
                (start, _, _) = TallyGroup(groups, order, start, to);
                rows += Math.Min(limit, touchedCount);
                Reset();
            }
            return rows;
        }

        /// <summary>
        /// How many distinct terms <paramref name="document"/>'s (unit, count) pairs are counted as, up to
        /// <paramref name="limit"/>: its pairs are read a run at a time until that many are found, so a group of one
        /// document with --top 50 reads about its first hundred pairs, not all of them. Without stems a document's
        /// pairs have distinct units and every unit is its own term; with stems several units can share a term,
        /// which is told by the tally's last document (each document is counted once, no reset needed).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int DistinctTerms(int document, int limit)
        {
            if (limit <= 0)
            {
                return 0; // --top 0
            }
            var location = index.locations[document];
            var units = index.pairs[location.Worker].Units;
            var terms = index.workerTerms[location.Worker][location.LanguageClass];
            bool oneTermPerUnit = !index.Options.Stem;
            int distinct = 0;
            int next = location.Offset;
            int end = location.Offset + location.Length;
            while (next < end)
            {
                int run = Math.Min(end - next, DistinctRun);
                var buffer = unitBuffer.AsSpan(0, run);
                units.CopyTo(next, buffer);
                next += run;
                foreach (int unit in buffer)
                {
                    int term = terms[unit];
                    if (term < 0)
                    {
                        continue;
                    }
                    if (!oneTermPerUnit)
                    {
                        ref int last = ref tallies[term].LastDocument;
                        if (last == document)
                        {
                            continue;
                        }
                        last = document;
                    }
                    if (++distinct == limit)
                    {
                        return distinct;
                    }
                }
            }
            return distinct;
        }

        /// <summary>Pairs decoded at a time by <see cref="DistinctTerms"/>: enough for a --top 50 in one or two runs.</summary>
        private const int DistinctRun = 128;

        /// <summary>
        /// Adds the rows of whole groups from order[from] on to <paramref name="rows"/> until at least
        /// <paramref name="wanted"/> rows have been added, and returns where it stopped. The same rows as
        /// <see cref="Select"/>, ordered by comparing shown terms (then keys) instead of display ranks: for the few
        /// groups a table head shows, cheaper than ranking every term.
        /// </summary>
        public int SelectByText(string[] groups, int[] order, int from, int? top, IFrequencyRowSink rows, int wanted)
        {
            int added = 0;
            int start = from;
            var candidates = new List<int>();
            while (start < order.Length && added < wanted)
            {
                (int end, string group, long tokens) = TallyGroup(groups, order, start, order.Length);
                int limit = top ?? int.MaxValue;
                int minimumCount = MinimumCount(limit);
                candidates.Clear();
                foreach (int term in touched.AsSpan(0, touchedCount))
                {
                    if (tallies[term].Count >= minimumCount)
                    {
                        candidates.Add(term);
                    }
                }
                candidates.Sort((a, b) =>
                {
                    int byCount = tallies[b].Count.CompareTo(tallies[a].Count);
                    if (byCount != 0)
                    {
                        return byCount;
                    }
                    int byShown = texts.DisplaySpan(a).SequenceCompareTo(texts.DisplaySpan(b));
                    return byShown != 0 ? byShown : texts.KeySpan(a).SequenceCompareTo(texts.KeySpan(b));
                });
                foreach (int term in candidates.Take(limit))
                {
                    var tally = tallies[term];
                    rows.Add(group, texts, term, tally.Count, tokens == 0 ? 0 : tally.Count * 1000.0 / tokens, tally.Documents);
                    added++;
                }
                Reset();
                start = end;
            }
            return start;
        }

        /// <summary>Tallies the documents of the group that starts at order[start] (sorted by group, up to order[to]).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private (int End, string Group, long Tokens) TallyGroup(string[] groups, int[] order, int start, int to)
        {
            var documents = index.Documents;
            var locations = index.locations;
            int end = start;
            long tokens = 0;
            string group = groups[order[start]];
            while (end < to && groups[order[end]] == group)
            {
                int document = order[end];
                tokens += documents[document].Tokens;
                Count(document, locations[document]);
                end++;
            }
            return (end, group, tokens);
        }

        /// <summary>Clears the tallies of the terms the last group touched.</summary>
        private void Reset()
        {
            foreach (int term in touched.AsSpan(0, touchedCount))
            {
                tallies[term].Count = 0;
                tallies[term].Documents = 0;
            }
            touchedCount = 0;
        }

        /// <summary>
        /// A count every kept term of the group reaches: the <paramref name="limit"/>-th largest count, from a
        /// histogram of the counts (63 and more in one bin). Terms below it need no sort key: with most terms seen
        /// once or twice in an article, the selection then looks at a fraction of them.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int MinimumCount(int limit)
        {
            if (limit >= touchedCount)
            {
                return 1;
            }
            Span<int> histogram = stackalloc int[64];
            histogram.Clear();
            foreach (int term in touched.AsSpan(0, touchedCount))
            {
                histogram[Math.Min(tallies[term].Count, 63)]++;
            }
            int reached = 0;
            for (int count = 63; count > 1; count--)
            {
                reached += histogram[count];
                if (reached >= limit)
                {
                    return count;
                }
            }
            return 1;
        }

        /// <summary>Room for the terms of <paramref name="count"/> rows.</summary>
        private Span<int> Kept(int count)
        {
            if (keptTerms.Length < count)
            {
                keptTerms = new int[Math.Max(count, keptTerms.Length * 2)];
            }
            return keptTerms.AsSpan(0, count);
        }

        /// <summary>
        /// Asks the CPU for the shown strings of the rows about to be written, in two rounds (the array slots, then
        /// the strings they point to): a group's rows then wait for memory once instead of once per row.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private unsafe void PrefetchShown(ReadOnlySpan<int> terms)
        {
            if (!Sse.IsSupported)
            {
                return;
            }
            foreach (int term in terms)
            {
                texts.PrefetchDisplayPlace(term);
            }
            foreach (int term in terms)
            {
                texts.PrefetchDisplay(term);
            }
        }

        /// <summary>Adds the (unit, count) pairs of one document to the tallies.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private unsafe void Count(int document, DocumentLocation location)
        {
            var worker = index.pairs[location.Worker];
            var terms = index.workerTerms[location.Worker][location.LanguageClass];
            var tallies = this.tallies;
            int next = location.Offset;
            int end = location.Offset + location.Length;
            var unitBuffer = this.unitBuffer;
            var countBuffer = this.countBuffer;
            while (next < end)
            {
                // The pairs are packed (3 bytes a unit, 1 a count): decoded a run at a time into reused buffers.
                int run = Math.Min(end - next, unitBuffer.Length);
                var units = unitBuffer.AsSpan(0, run);
                var counts = countBuffer.AsSpan(0, run);
                worker.Units.CopyTo(next, units);
                worker.Counts.CopyTo(next, counts);
                next += run;
                for (int i = 0; i < units.Length; i++)
                {
                    // Two-stage prefetch: the term of the unit 16 pairs ahead and the tally of the term 8 pairs ahead
                    // are asked for now, so their cache misses overlap this work (phase CPU about -20 %).
                    if (Sse.IsSupported && i + PrefetchDistance < units.Length)
                    {
                        int ahead = terms[units[i + PrefetchDistance]];
                        if (ahead >= 0)
                        {
                            Sse.Prefetch0(Unsafe.AsPointer(ref tallies[ahead]));
                        }
                        if (i + 2 * PrefetchDistance < units.Length)
                        {
                            Sse.Prefetch0(Unsafe.AsPointer(ref terms[units[i + 2 * PrefetchDistance]]));
                        }
                    }
                    int term = terms[units[i]];
                    if (term < 0)
                    {
                        continue;
                    }
                    ref var tally = ref tallies[term];
                    if (tally.Count == 0)
                    {
                        if (touchedCount == touched.Length)
                        {
                            Array.Resize(ref touched, touched.Length * 2);
                        }
                        touched[touchedCount++] = term;
                    }
                    tally.Count += counts[i];
                    if (tally.LastDocument != document)
                    {
                        tally.LastDocument = document;
                        tally.Documents++;
                    }
                }
            }
        }

        /// <summary>Tallies for <paramref name="terms"/> terms without ranks.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static TermTally[] NewTallies(int terms)
        {
            var result = PrefaultedArray.Create<TermTally>(terms);
            foreach (ref var tally in result.AsSpan())
            {
                tally.LastDocument = -1;
            }
            return result;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static TermTally[] NewTallies(int[] termsByRank)
        {
            var result = PrefaultedArray.Create<TermTally>(termsByRank.Length);
            for (int rank = 0; rank < result.Length; rank++)
            {
                ref var tally = ref result[termsByRank[rank]];
                tally.LastDocument = -1;
                tally.Rank = rank;
            }
            return result;
        }
    }

    /// <summary>A term's count and document frequency within the current group, the last document that counted it, and its display rank.</summary>
    private struct TermTally
    {
        public int Count;
        public int Documents;
        public int LastDocument;
        public int Rank;
    }
}
