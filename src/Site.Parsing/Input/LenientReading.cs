using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Site.Parsing.Input;

/// <summary>Bytes read in one encoding whatever they hold: what cannot be read becomes U+FFFD, and each
/// replacement is kept with its bytes, so a page with a few damaged bytes can be read and each one named.</summary>
/// <param name="Label">The encoding as people name it ("GB18030").</param>
/// <param name="Replaced">Per replacement, its index in <paramref name="Text"/> and the bytes it stands for.</param>
internal sealed record LenientReading(string Text, string EncodingName, string Label, ImmutableArray<(int Index, byte[] Bytes)> Replaced)
{
    public static LenientReading Utf8(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length);
        var replaced = ImmutableArray.CreateBuilder<(int, byte[])>();
        var buffer = new char[Math.Min(bytes.Length, 1 << 16)];
        var at = 0;
        while (at < bytes.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes[at..], buffer, out var read, out var written, replaceInvalidSequences: false);
            text.Append(buffer, 0, written);
            at += read;
            if (status is OperationStatus.Done or OperationStatus.DestinationTooSmall) continue;
            // The maximal ill-formed subsequence, as Unicode says to replace it.
            Rune.DecodeFromUtf8(bytes[at..], out _, out var bad);
            bad = Math.Max(bad, 1);
            replaced.Add((text.Length, bytes.Slice(at, bad).ToArray()));
            text.Append('\uFFFD');
            at += bad;
        }
        return new(text.ToString(), "utf-8", "UTF-8", replaced.ToImmutable());
    }

    public static LenientReading Gb18030(ReadOnlySpan<byte> bytes) => CodePage(bytes, 54936, "gb18030", "GB18030");

    public static LenientReading Big5(ReadOnlySpan<byte> bytes) => CodePage(bytes, 950, "big5", "Big5");

    private static LenientReading CodePage(ReadOnlySpan<byte> bytes, int codePage, string name, string label)
    {
        var fallback = new RecordingFallback();
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ExceptionFallback, fallback)
            ?? throw new InvalidOperationException($"The runtime has no {label} (code page {codePage}) decoder.");
        // One pass of a decoder (Encoding.GetString counts first, which would call the fallback twice).
        var chars = new char[encoding.GetMaxCharCount(bytes.Length)];
        var text = new string(chars, 0, encoding.GetDecoder().GetChars(bytes, chars, flush: true));
        if (text.StartsWith('\uFEFF')) text = text[1..];   // GB18030's own byte order mark
        // Neither code page maps a byte sequence to U+FFFD, so each one in the text is a replacement, in order.
        var replaced = ImmutableArray.CreateBuilder<(int, byte[])>(fallback.Unknown.Count);
        var k = 0;
        for (var i = text.IndexOf('\uFFFD'); i >= 0; i = text.IndexOf('\uFFFD', i + 1))
            replaced.Add((i, k < fallback.Unknown.Count ? fallback.Unknown[k++] : []));
        return new(text, name, label, replaced.ToImmutable());
    }

    /// <summary>Replacements that are more than half of the characters beyond ASCII: the page is mostly
    /// undecodable in this encoding.</summary>
    public bool MostlyUndecodable
    {
        get
        {
            var beyondAscii = Text.Count(c => c >= '\u0080');
            return Replaced.Length * 2 > beyondAscii;
        }
    }

    /// <summary>The text and where each replacement stands in it (page, line, column).</summary>
    public DecodedText Decoded() => new(Text, EncodingName) { Replaced = [.. Places()] };

    private IEnumerable<ReplacedBytes> Places()
    {
        int page = 1, line = 1, lineStart = 0, at = 0;
        foreach (var (index, bytes) in Replaced)
        {
            for (; at < index; at++)
            {
                var c = Text[at];
                if (c == '\f') page++;
                if (c == '\n' || c == '\r' && (at + 1 >= Text.Length || Text[at + 1] != '\n'))
                    (line, lineStart) = (line + 1, at + 1);
            }
            var hex = string.Join(' ', bytes.Select(b => string.Create(CultureInfo.InvariantCulture, $"0x{b:X2}")));
            yield return new ReplacedBytes(page, line, index - lineStart + 1, hex.Length > 0 ? hex : "?", Label);
        }
    }

    /// <summary>Replaces what it cannot read by U+FFFD and keeps the bytes, in order. A code page's decoder
    /// hands over a lead byte with the byte after it (0xA1 0x0A): an ASCII byte among them is given back as
    /// itself, so a damaged byte at the end of a line does not take the line break with it.</summary>
    private sealed class RecordingFallback : DecoderFallback
    {
        public readonly List<byte[]> Unknown = [];

        public override int MaxCharCount => 4;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private sealed class Buffer(RecordingFallback owner) : DecoderFallbackBuffer
        {
            private string pending = "";
            private int next;

            public override int Remaining => pending.Length - next;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                var ascii = Array.FindIndex(bytesUnknown, 1, b => b < 0x80) is var a and > 0 ? a : bytesUnknown.Length;
                owner.Unknown.Add(bytesUnknown[..ascii]);
                pending = "\uFFFD" + Encoding.ASCII.GetString(bytesUnknown, ascii, bytesUnknown.Length - ascii);
                next = 0;
                return true;
            }

            public override char GetNextChar() => next < pending.Length ? pending[next++] : '\0';

            public override bool MovePrevious()
            {
                if (next == 0) return false;
                next--;
                return true;
            }

            public override void Reset() => (pending, next) = ("", 0);
        }
    }
}
