using System.Buffers;

namespace Site.Publishing.Output;

/// <summary>One byte buffer per thread, reused file after file: a generated file (JSON, an index script) is
/// written into it and copied once into an array of its exact size. A growing stream per file made about
/// three times the file's bytes in garbage (a year's edition JSON alone, some 400 MB).</summary>
/// <remarks>Not reentrant: a file must be copied out (<see cref="OutputFile"/>) before the thread starts the
/// next one.</remarks>
internal static class ThreadBuffer
{
    [ThreadStatic] private static ArrayBufferWriter<byte>? buffer;

    /// <summary>The thread's buffer, emptied.</summary>
    public static ArrayBufferWriter<byte> Take()
    {
        var b = buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        b.ResetWrittenCount();
        return b;
    }
}
