using System.Globalization;
using System.Text;
using CorpusLens.Tests.Corpus;
using CorpusLens.Text;

namespace CorpusLens.Tests.Text;

/// <summary>
/// The collection-free region of a folder's listing is sized by <see cref="TermCounter.ListingBytes"/>: it must cover
/// what listing the folder and reading its metadata.csv allocate (else collections go on as usual, so too small is
/// only slower), without asking for many times more (the runtime commits the whole region up front).
/// </summary>
public sealed class ListingBytesTests
{
    [Theory]
    [InlineData(200, "")]
    [InlineData(3000, "")]
    [InlineData(3000, ",title")] // a title of 60 characters per row, each its own
    [InlineData(3000, ",title,source,author")]
    public void The_estimate_covers_what_listing_and_metadata_allocate(int files, string extraColumns)
    {
        using var folder = new TemporaryFolder();
        var metadata = new StringBuilder("id,language,date" + extraColumns + "\n");
        int extra = extraColumns.Count(c => c == ',');
        for (int i = 0; i < files; i++)
        {
            string id = i.ToString("D6", CultureInfo.InvariantCulture);
            folder.Write(id + ".txt", "Microsoft investit dans OpenAI.");
            metadata.Append(CultureInfo.InvariantCulture, $"{id},{(i % 2 == 0 ? "fr" : "de")},2024-0{1 + (i % 9)}");
            for (int column = 0; column < extra; column++)
            {
                metadata.Append(',').Append(id).Append(new string((char)('a' + (column % 26)), 54));
            }
            metadata.Append('\n');
        }
        var metadataPath = folder.Write("metadata.csv", metadata.ToString());

        long before = GC.GetAllocatedBytesForCurrentThread();
        var rows = CorpusSources.ReadMetadata(metadataPath, new LoadReport());
        var listed = TermCounter.ListFiles(folder.Path, recursive: false);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(files, rows.Count);
        Assert.Equal(files, listed.Count);
        long estimate = TermCounter.ListingBytes(metadataPath) - TermCounter.StopListBytes;
        Assert.InRange(estimate, allocated, 5 * allocated);
    }

    [Fact]
    public void Without_metadata_no_region_is_asked_for()
    {
        using var folder = new TemporaryFolder();
        folder.Write("a.txt", "Microsoft");
        Assert.Equal(0, TermCounter.ListingBytes(Path.Combine(folder.Path, "metadata.csv")));
    }
}
