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
        // Count, document frequency and last document of a term side by side: one cache line per term touched.
        private readonly TermTally[] tallies = NewTallies(index.keys.Length);
        private readonly List<int> touched = [];
        private readonly int[] ranks = index.displayRanks.Value;
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
                if (sortKeys.Length < touched.Count)
                {
                    sortKeys = new long[Math.Max(touched.Count, sortKeys.Length * 2)];
                }
                for (int i = 0; i < touched.Count; i++)
                {
                    int term = touched[i];
                    sortKeys[i] = ((long)(int.MaxValue - tallies[term].Count) << 32) | (uint)ranks[term];
                }
                int keep = TopSelection.SortSmallest(sortKeys.AsSpan(0, touched.Count), top ?? int.MaxValue);
                for (int i = 0; i < keep; i++)
                {
                    int term = termByRank[(int)(sortKeys[i] & 0xFFFFFFFF)];
                    var tally = tallies[term];
                    rows.Add(group, index.display[term], tally.Count, tokens == 0 ? 0 : tally.Count * 1000.0 / tokens, tally.Documents);
                }
                foreach (int term in touched)
                {
                    tallies[term].Count = 0;
                    tallies[term].Documents = 0;
                }
                touched.Clear();
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
            for (int i = location.Offset; i < location.Offset + location.Length; i++)
            {
                int term = terms[worker.Units[i]];
                if (term < 0)
                {
                    continue;
                }
                ref var tally = ref tallies[term];
                if (tally.Count == 0)
                {
                    touched.Add(term);
                }
                tally.Count += worker.Counts[i];
                if (tally.LastDocument != document)
                {
                    tally.LastDocument = document;
                    tally.Documents++;
                }
            }
        }

        private static TermTally[] NewTallies(int length)
        {
            var result = new TermTally[length];
            for (int term = 0; term < result.Length; term++)
            {
                result[term].LastDocument = -1;
            }
            return result;
        }
    }

    /// <summary>A term's count and document frequency within the current group, and the last document that counted it.</summary>
    private struct TermTally
    {
        public int Count;
        public int Documents;
        public int LastDocument;
    }
}
