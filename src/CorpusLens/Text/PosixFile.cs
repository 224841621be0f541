using System.Runtime.InteropServices;
using System.Text;

namespace CorpusLens.Text;

/// <summary>
/// Reads a whole file with the C library's open, read and close on Linux: three system calls and no
/// <see cref="Microsoft.Win32.SafeHandles.SafeFileHandle"/>, where .NET's own path adds an fstat and handle
/// bookkeeping (19,787 files: 175-200 ms of CPU through <see cref="File.OpenHandle"/>, 130 ms this way). Anywhere
/// else, or when the C library cannot be called, <see cref="TryRead(string, ref byte[], ref byte[], out int)"/> says no and the caller reads the usual way;
/// a file that cannot be opened or read is also left to the caller, whose error message names the reason.
/// </summary>
internal static partial class PosixFile
{
    private const int ReadOnly = 0;
    private const int CloseOnExec = 0x80000; // O_CLOEXEC on Linux
    private const int NoWait = 0x8; // RWF_NOWAIT: only what the page cache holds
    private const int TryAgain = 11; // EAGAIN: none of it was there
    private const int InvalidArgument = 22; // EINVAL: a kernel that does not know the flag
    private const int NoSuchCall = 38; // ENOSYS: no preadv2
    private const int NotSupported = 95; // EOPNOTSUPP: a file system that does not do it
    private const int WillNeed = 3; // POSIX_FADV_WILLNEED
    private static volatile bool supported = OperatingSystem.IsLinux();
    private static volatile bool noWaitSupported = OperatingSystem.IsLinux();

    /// <summary>
    /// Reads <paramref name="path"/> into <paramref name="buffer"/> (rented from the shared pool, replaced by a larger
    /// rented one when needed), using <paramref name="pathBuffer"/> for the path's UTF-8 bytes. False when the file
    /// could not be read this way; nothing is then known of it.
    /// </summary>
    public static bool TryRead(string path, ref byte[] buffer, ref byte[] pathBuffer, out int length) =>
        TryRead(path, ref buffer, ref pathBuffer, out length, out _);

    /// <summary>
    /// As <see cref="TryRead(string, ref byte[], ref byte[], out int)"/>, telling whether the file's first bytes had to
    /// come from the disk (<paramref name="fromDisk"/>): the first read asks only for what the page cache holds
    /// (<c>RWF_NOWAIT</c>, the same one system call), and only when none of it is there does it wait for the disk.
    /// </summary>
    public static unsafe bool TryRead(string path, ref byte[] buffer, ref byte[] pathBuffer, out int length, out bool fromDisk)
    {
        length = 0;
        fromDisk = false;
        if (!supported)
        {
            return false;
        }
        if (!TryTerminate(path, ref pathBuffer))
        {
            return false;
        }
        int descriptor;
        try
        {
            fixed (byte* name = pathBuffer)
            {
                descriptor = Open(name, ReadOnly | CloseOnExec);
            }
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            supported = false;
            return false;
        }
        if (descriptor < 0)
        {
            return false;
        }
        try
        {
            while (true)
            {
                if (length == buffer.Length && !PooledBuffer.TryDouble(ref buffer, length))
                {
                    return false; // too large: the caller's read says so
                }
                nint read;
                bool cachedOnly = length == 0 && noWaitSupported;
                fixed (byte* data = &buffer[length])
                {
                    read = cachedOnly ? ReadCached(descriptor, data, (nuint)(buffer.Length - length)) : Read(descriptor, data, (nuint)(buffer.Length - length));
                    if (read < 0 && cachedOnly)
                    {
                        int error = Marshal.GetLastPInvokeError();
                        fromDisk = error == TryAgain;
                        read = Read(descriptor, data, (nuint)(buffer.Length - length));
                        if (read >= 0 && error is NotSupported or InvalidArgument or NoSuchCall)
                        {
                            // The file reads, only not this way: a kernel or file system without RWF_NOWAIT, so plain
                            // reads from now on (a folder opened as a file fails both ways, and changes nothing).
                            noWaitSupported = false;
                        }
                    }
                }
                if (read < 0)
                {
                    return false; // EINTR, EISDIR, EIO …: the caller's read reports it
                }
                length += (int)read;
                // A regular file ends at a short read, and a read of nothing ends a file that filled the buffer; but a
                // read of cached pages only may stop at a page the cache lacks, so one that ends on a page boundary is
                // followed by a plain read (a file whose size is a multiple of 4,096 bytes costs one more call).
                if (read == 0 || (length < buffer.Length && !(cachedOnly && read > 0 && length % Environment.SystemPageSize == 0)))
                {
                    return true;
                }
            }
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    /// <summary>
    /// Asks the kernel to start reading <paramref name="path"/> into the page cache without waiting for it
    /// (<c>POSIX_FADV_WILLNEED</c>): for the files after one that had to come from the disk. Any failure is ignored;
    /// the file's own read will report it.
    /// </summary>
    public static unsafe void Prefetch(string path, ref byte[] pathBuffer)
    {
        if (!supported || !TryTerminate(path, ref pathBuffer))
        {
            return;
        }
        try
        {
            int descriptor;
            fixed (byte* name = pathBuffer)
            {
                descriptor = Open(name, ReadOnly | CloseOnExec);
            }
            if (descriptor >= 0)
            {
                _ = Advise(descriptor, 0, 0, WillNeed);
                _ = Close(descriptor);
            }
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            supported = false;
        }
    }

    // The path's UTF-8 bytes and a terminating zero in pathBuffer (grown when needed); false for a path with a zero in it.
    private static bool TryTerminate(string path, ref byte[] pathBuffer)
    {
        int needed = Encoding.UTF8.GetMaxByteCount(path.Length) + 1;
        if (pathBuffer.Length < needed)
        {
            pathBuffer = new byte[Math.Max(needed, pathBuffer.Length * 2)];
        }
        int pathLength = Encoding.UTF8.GetBytes(path, pathBuffer);
        if (pathBuffer.AsSpan(0, pathLength).Contains((byte)0))
        {
            return false;
        }
        pathBuffer[pathLength] = 0;
        return true;
    }

    // A single read of what the page cache holds, at the file's position (preadv2 with offset -1 and RWF_NOWAIT).
    private static unsafe nint ReadCached(int descriptor, byte* data, nuint count)
    {
        var vector = new IoVector { Base = data, Length = count };
        return ReadVector(descriptor, &vector, 1, -1, NoWait);
    }

    [StructLayout(LayoutKind.Sequential)]
    private unsafe struct IoVector
    {
        public byte* Base;
        public nuint Length;
    }

    [LibraryImport("libc", EntryPoint = "preadv2", SetLastError = true)]
    private static unsafe partial nint ReadVector(int descriptor, IoVector* vectors, int count, long offset, int flags);

    [LibraryImport("libc", EntryPoint = "posix_fadvise")]
    private static partial int Advise(int descriptor, long offset, long length, int advice);

    [LibraryImport("libc", EntryPoint = "open")]
    private static unsafe partial int Open(byte* path, int flags);

    [LibraryImport("libc", EntryPoint = "read")]
    private static unsafe partial nint Read(int descriptor, byte* buffer, nuint count);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);
}
