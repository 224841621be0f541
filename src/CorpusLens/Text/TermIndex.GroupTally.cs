using System.Runtime.CompilerServices;

namespace CorpusLens.Text;

public sealed partial class TermIndex
{
    /// <summary>
    /// One thread's tally of the terms of a group and its selection of the group's rows: count descending, then
    /// shown term (its display rank). Reused from group to group; only the terms a group touched are reset.
    /// </summary>
    private sealed class GroupTally(TermIndex index)
    {
        // Count, document frequency, last document and display rank of a term side by side: one cache line per
        // term touched, read again when the group's rows are selected.
        private readonly TermTally[] tallies = NewTallies(index.displayRanks.Value);
        private int[] touched = new int[1024];
        private int touchedCount;
        private readonly int[] termByRank = index.termsByRank.Value;
        private long[] sortKeys = new long[1024];

        /// <summary>Adds the rows of the groups of documents order[from..to] (sorted by group) to <paramref name="rows"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Select(string[] groups, int[] order, int from, int to, int? top, IFrequencyRowSink rows)
        {
            var documents = index.Documents;
            var locations = index.locations;
            int start = from;
            while (start < to)
            {
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
                if (sortKeys.Length < touchedCount)
                {
                    sortKeys = new long[Math.Max(touchedCount, sortKeys.Length * 2)];
                }
                for (int i = 0; i < touchedCount; i++)
                {
                    int term = touched[i];
                    ref var tally = ref tallies[term];
                    sortKeys[i] = ((long)(int.MaxValue - tally.Count) << 32) | (uint)tally.Rank;
                }
                int keep = TopSelection.SortSmallest(sortKeys.AsSpan(0, touchedCount), top ?? int.MaxValue);
                for (int i = 0; i < keep; i++)
                {
                    int term = termByRank[(int)(sortKeys[i] & 0xFFFFFFFF)];
                    var tally = tallies[term];
                    rows.Add(group, index.display[term], tally.Count, tokens == 0 ? 0 : tally.Count * 1000.0 / tokens, tally.Documents);
                }
                foreach (int term in touched.AsSpan(0, touchedCount))
                {
                    tallies[term].Count = 0;
                    tallies[term].Documents = 0;
                }
                touchedCount = 0;
                start = end;
            }
        }

        /// <summary>Adds the (unit, count) pairs of one document to the tallies.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Count(int document, DocumentLocation location)
        {
            var worker = index.pairs[location.Worker];
            var terms = index.workerTerms[location.Worker][location.LanguageClass];
            var tallies = this.tallies;
            int next = location.Offset;
            int end = location.Offset + location.Length;
            while (next < end)
            {
                var units = worker.Units.Span(next, end - next);
                var counts = worker.Counts.Span(next, units.Length);
                next += units.Length;
                for (int i = 0; i < units.Length; i++)
                {
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

        private static TermTally[] NewTallies(int[] ranks)
        {
            var result = new TermTally[ranks.Length];
            for (int term = 0; term < result.Length; term++)
            {
                result[term].LastDocument = -1;
                result[term].Rank = ranks[term];
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
