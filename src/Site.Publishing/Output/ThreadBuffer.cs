using System.Buffers;

namespace Site.Publishing.Output;

/// <summary>One byte buffer per thread, reused file after file: a generated file (JSON, an index script,
/// an article's JSON-LD) is written into it and copied once into an array (or a string) of its exact
/// size. A growing stream per file made about three times the file's bytes in garbage (a year's edition
/// JSON alone, some 400 MB).</summary>
/// <remarks>Not reentrant: what is written must be copied out before the thread takes the buffer again.</remarks>
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
