using CorpusLens.Text;

namespace CorpusLens.Tests.Text;

/// <summary>
/// The stem pass's grouping of equal keys (TermIndexBuilder.Lead): entries sorted by (hash, entry), each led by the
/// first entry with the same text. Hashes are seeded per process, so different keys with one hash are forced here.
/// </summary>
public class StemKeyGroupingTests
{
    public static TheoryData<string[], uint[], int[], int> Cases => new()
    {
        // keys by entry, their hashes, expected leader of each entry, expected number of leaders
        { ["a"], [5], [0], 1 },
        { ["a", "a", "a"], [5, 5, 5], [0, 0, 0], 1 },
        { ["a", "b", "c"], [1, 2, 3], [0, 1, 2], 3 },
        // different keys with one hash: each text its own leader, the first entry of each
        { ["a", "b", "a", "c", "b"], [7, 7, 7, 7, 7], [0, 1, 0, 3, 1], 3 },
        // equal keys across runs of other hashes, and a collision inside one run
        { ["x", "y", "x", "z", "y", "w"], [9, 4, 9, 4, 4, 9], [0, 1, 0, 3, 1, 5], 4 },
        { ["", "", "ab"], [0, 0, 0], [0, 0, 2], 2 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_entry_is_led_by_the_first_entry_with_the_same_key(string[] keys, uint[] hashes, int[] expectedLeaders, int expectedCount)
    {
        var arena = new TermVocabulary(capacity: 2);
        var keyOfEntry = keys.Select(key => TermTexts.Reference(0, arena.Append(key))).ToArray();
        var sorted = hashes.Select((hash, entry) => ((ulong)hash << 32) | (uint)entry).Order().ToArray();
        var leaders = new int[keys.Length];

        var joined = new List<(int Leader, int Entry)>();

        int count = TermIndexBuilder.Lead(sorted, 0, sorted.Length, [arena.Arena], keyOfEntry, leaders, (leader, entry) => joined.Add((leader, entry)));

        Assert.Equal(expectedLeaders, leaders);
        Assert.Equal(expectedCount, count);
        // Every entry that is not a leader is told once, with its leader; those of one key in entry order.
        var expectedJoined = expectedLeaders.Select((leader, entry) => (Leader: leader, Entry: entry)).Where(pair => pair.Leader != pair.Entry);
        Assert.Equal(expectedJoined.OrderBy(pair => pair.Entry), joined.OrderBy(pair => pair.Entry));
        foreach (var key in joined.GroupBy(pair => pair.Leader))
        {
            Assert.Equal(key.Select(pair => pair.Entry).Order(), key.Select(pair => pair.Entry));
        }
    }
}
