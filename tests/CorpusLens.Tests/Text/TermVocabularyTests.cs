using CorpusLens.Text;
using CsCheck;

namespace CorpusLens.Tests.Text;

public class TermVocabularyTests
{
    [Fact]
    public void Gives_dense_ids_and_finds_keys_again_after_growing()
    {
        var vocabulary = new TermVocabulary(capacity: 4);
        var words = Enumerable.Range(0, 50_000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        for (int i = 0; i < words.Count; i++)
        {
            Assert.Equal(i, vocabulary.GetOrAdd(words[i]));
        }
        Assert.Equal(words.Count, vocabulary.Count);
        for (int i = 0; i < words.Count; i += 997)
        {
            Assert.Equal(i, vocabulary.IndexOf(words[i]));
            Assert.Equal(words[i], vocabulary.GetString(i));
            Assert.Equal(i, vocabulary.GetOrAdd(words[i], out bool added));
            Assert.False(added);
        }
        Assert.Equal(-1, vocabulary.IndexOf("absent"));
    }

    [Fact]
    public void Agrees_with_a_dictionary_on_any_keys()
    {
        Gen.String[0, 6].Array[0, 200].Sample(keys =>
        {
            var vocabulary = new TermVocabulary(capacity: 2);
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                int id = vocabulary.GetOrAdd(key);
                if (!expected.TryGetValue(key, out int known))
                {
                    expected[key] = known = expected.Count;
                }
                Assert.Equal(known, id);
            }
            Assert.Equal(expected.Count, vocabulary.Count);
        }, iter: 300);
    }
}
