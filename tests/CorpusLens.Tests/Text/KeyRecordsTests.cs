using CorpusLens.Text;
using CsCheck;

namespace CorpusLens.Tests.Text;

/// <summary>Keys appended to <see cref="KeyRecords"/> read back as they were through its arena, as a vocabulary's records do.</summary>
public class KeyRecordsTests
{
    [Fact]
    public void Any_keys_read_back_as_they_were_appended()
    {
        // Short keys, empty ones and some longer than a chunk (262,144 chars), which get a chunk of their own.
        var key = Gen.OneOf(Gen.String[0, 20], Gen.Char.Array[0, 3_000].Select(chars => new string(chars)), Gen.Int[262_000, 270_000].Select(length => new string('x', length)));
        key.Array[0, 400].Sample(keys =>
        {
            var records = new KeyRecords();
            var offsets = keys.Select(text => records.Append(text)).ToArray();
            var arena = records.Arena;
            for (int i = 0; i < keys.Length; i++)
            {
                Assert.Equal(keys[i], arena[offsets[i]].ToString());
                Assert.Equal(keys[i], TermTexts.Read([arena], TermTexts.Reference(0, offsets[i])).ToString());
            }
        }, iter: 60);
    }

    [Fact]
    public void A_record_takes_its_length_and_its_chars_and_no_more()
    {
        var records = new KeyRecords();
        int first = records.Append("invest");
        int second = records.Append("abc");
        int third = records.Append("");
        // 2 chars of length, then the chars, padded to an even number: 8, then 6, then 2.
        Assert.Equal(8, second - first);
        Assert.Equal(6, third - second);
        Assert.Equal("abc", records.Arena[second].ToString());
        Assert.Equal("", records.Arena[third].ToString());
    }
}
