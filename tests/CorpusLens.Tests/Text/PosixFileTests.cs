using System.Buffers;
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
}
