using System.Buffers;
using System.Runtime.InteropServices;
using CorpusLens.Tests.Corpus;
using CorpusLens.Text;

namespace CorpusLens.Tests.Text;

public sealed class PosixFileTests
{
    [Theory]
    [InlineData("plain.txt", 0)]
    [InlineData("plain.txt", 1)]
    [InlineData("plain.txt", 4_095)]
    [InlineData("plain.txt", 65_536)]
    [InlineData("plain.txt", 65_537)]
    [InlineData("Übersicht – été.txt", 200_003)]
    public void Reads_the_exact_bytes_of_a_file(string name, int size)
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // elsewhere TryRead always says no (checked below)
        }
        using var folder = new TemporaryFolder();
        var content = new byte[size];
        new Random(size).NextBytes(content);
        var path = folder.WriteBytes(name, content);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        var pathBuffer = new byte[4];
        Assert.True(PosixFile.TryRead(path, ref buffer, ref pathBuffer, out int length));
        Assert.Equal(content, buffer.AsSpan(0, length).ToArray());
        ArrayPool<byte>.Shared.Return(buffer);
    }

    [Fact]
    public void Leaves_a_missing_file_a_folder_and_a_path_with_a_zero_byte_to_the_caller()
    {
        using var folder = new TemporaryFolder();
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        var pathBuffer = new byte[16];
        Assert.False(PosixFile.TryRead(Path.Combine(folder.Path, "missing.txt"), ref buffer, ref pathBuffer, out _));
        Assert.False(PosixFile.TryRead(folder.Path, ref buffer, ref pathBuffer, out _));
        Assert.False(PosixFile.TryRead(Path.Combine(folder.Path, "a\0b.txt"), ref buffer, ref pathBuffer, out _));
        ArrayPool<byte>.Shared.Return(buffer);
    }

    [Theory]
    // file size, the byte range dropped from the page cache before the read (whole pages)
    [InlineData(5_000, 0, 5_000)]
    [InlineData(8_192, 4_096, 4_096)] // first page cached, second not: the cached read stops on a page boundary
    [InlineData(12_288, 0, 12_288)]
    [InlineData(70_000, 8_192, 61_808)]
    public void A_file_the_page_cache_has_let_go_of_reads_the_same_and_says_it_came_from_the_disk(int size, int dropFrom, int dropLength)
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // elsewhere TryRead always says no (checked above)
        }
        using var folder = new TemporaryFolder();
        var content = new byte[size];
        new Random(size).NextBytes(content);
        var path = folder.WriteBytes("cold.txt", content);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        var pathBuffer = new byte[16];

        Assert.True(PosixFile.TryRead(path, ref buffer, ref pathBuffer, out int length, out bool fromDisk));
        Assert.Equal(content, buffer.AsSpan(0, length).ToArray());
        Assert.False(fromDisk); // just written: in the cache
        // A folder read as a file fails on its own, and leaves cached-only reads on for the files after it.
        Assert.False(PosixFile.TryRead(folder.Path, ref buffer, ref pathBuffer, out _, out _));

        bool dropped = Drop(path, dropFrom, dropLength);
        bool firstPageCached = Resident(path, 0);
        Assert.True(PosixFile.TryRead(path, ref buffer, ref pathBuffer, out length, out fromDisk));
        Assert.Equal(content, buffer.AsSpan(0, length).ToArray());
        // From the disk exactly when the first page was not in the cache (a file system that keeps it says so).
        Assert.Equal(dropped && !firstPageCached, fromDisk);
        ArrayPool<byte>.Shared.Return(buffer);
    }

    [Fact]
    public void A_streamed_folder_the_cache_has_let_go_of_is_asked_for_ahead_and_counts_the_same()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        using var folder = new TemporaryFolder();
        var paths = Enumerable.Range(0, 300).Select(i => folder.Write($"a{i:D3}.txt", $"OpenAI und Microsoft, Artikel {i}. Sam Altman kehrt {i % 7} Mal zurück.")).ToList();
        var warm = TermCounter.CountFolder(folder.Path);
        bool dropped = paths.All(path => Drop(path, 0, 0)) && !Resident(paths[0], 0);
        var streamed = new StreamedFolder(paths, []);
        var reader = new StreamedFileReader();
        var pool = new MetadataPool();
        Assert.True(streamed.TryRead(reader, pool, 0, new Dictionary<int, int>(), out var body, out _));
        Assert.Equal(File.ReadAllText(paths[0]), body.ToString());
        // The first file came from the disk: the next ones were asked for (none when the cache kept them).
        Assert.Equal(dropped ? 1 + StreamedFolder.PrefetchedFiles : 0, streamed.PrefetchedUpTo);
        Assert.Equal(dropped, reader.LastReadFromDisk);
        paths.ForEach(path => Drop(path, 0, 0));
        var cold = TermCounter.CountFolder(folder.Path);
        Assert.Equal(FrameText.Csv(warm.Frequencies()), FrameText.Csv(cold.Frequencies()));
    }

    // Writes the file's pages to the disk and drops the range from the page cache (length 0: to the end); false when
    // the system refused.
    private static bool Drop(string path, long offset, long length)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite);
        RandomAccess.FlushToDisk(handle);
        return Advise((int)handle.DangerousGetHandle(), offset, length, 4) == 0; // POSIX_FADV_DONTNEED
    }

    // Whether the page at offset is in the page cache (mincore over a mapping, which reads nothing).
    private static bool Resident(string path, long offset)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read);
        nint page = Environment.SystemPageSize;
        nint address = Map(0, page, 1, 1, (int)handle.DangerousGetHandle(), offset); // PROT_READ, MAP_SHARED
        Assert.NotEqual(-1, address);
        var resident = new byte[1];
        int result = Core(address, page, resident);
        _ = Unmap(address, page);
        Assert.Equal(0, result);
        return (resident[0] & 1) != 0;
    }

    [DllImport("libc", EntryPoint = "posix_fadvise")]
    private static extern int Advise(int descriptor, long offset, long length, int advice);

    [DllImport("libc", EntryPoint = "mmap")]
    private static extern nint Map(nint address, nint length, int protection, int flags, int descriptor, long offset);

    [DllImport("libc", EntryPoint = "mincore")]
    private static extern int Core(nint address, nint length, byte[] vector);

    [DllImport("libc", EntryPoint = "munmap")]
    private static extern int Unmap(nint address, nint length);
}
