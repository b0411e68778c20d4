using System.Collections.Immutable;
using System.Text;

namespace Site.Publishing.Check;

/// <summary>Turns a file's bytes into text, holding it to the site's encoding rule: UTF-8 without a BOM.</summary>
internal static class PageText
{
    private static readonly PageProblem ByteOrderMark = new(1, "starts with a byte-order mark; write UTF-8 without BOM");

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Text that was encoded as the file's bytes (<see cref="Output.OutputFile.Text"/>): valid UTF-8 by
    /// construction, so only a byte-order mark at its start is to be reported.</summary>
    public static string Checked(string text, ImmutableArray<PageProblem>.Builder problems)
    {
        if (!text.StartsWith('\uFEFF')) return text;
        problems.Add(ByteOrderMark);
        return text[1..];
    }

    public static string Decode(ReadOnlySpan<byte> bytes, ImmutableArray<PageProblem>.Builder problems)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            problems.Add(ByteOrderMark);
            bytes = bytes[3..];
        }
        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + bytes[..Math.Clamp(e.Index, 0, bytes.Length)].Count((byte)'\n');
            problems.Add(new PageProblem(line, "is not valid UTF-8"));
            return Encoding.UTF8.GetString(bytes);
        }
    }
}
