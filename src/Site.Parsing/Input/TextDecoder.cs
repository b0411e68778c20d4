using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Site.Parsing.Input;

/// <summary>
/// Reads the bytes of a raw newspaper dump as text. Dumps arrive as UTF-8 (with or without BOM),
/// UTF-16 (with or without BOM), GB18030/GBK or Big5; anything else, and anything that decodes but does not read
/// as Chinese, is refused with a reason.
/// </summary>
public static class TextDecoder
{
    // Asked of the provider directly rather than through Encoding.RegisterProvider, so decoding
    // changes no process-wide state. The code page tables ship inside the runtime, so this works
    // under InvariantGlobalization as well.
    private static readonly Encoding Gb18030 =
        CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("The runtime has no GB18030 (code page 54936) decoder.");

    private const string EmptyMessage = "the file is empty";

    /// <summary>Decodes a raw file. Exactly one of the two results is non-null; never throws.</summary>
    public static (DecodedText? Text, DecodeFailure? Failure) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return Fail(EmptyMessage);
        if (bytes is [0xFF, 0xFE, ..]) return DecodeUtf16WithBom(bytes, bigEndian: false);
        if (bytes is [0xFE, 0xFF, ..]) return DecodeUtf16WithBom(bytes, bigEndian: true);
        if (bytes is [0xEF, 0xBB, 0xBF, ..]) return DecodeUtf8WithBom(bytes);

        // Neither UTF-8 nor GB18030 text ever contains a zero byte; UTF-16 text is full of them.
        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
            return GuessUtf16(bytes) is { } utf16 ? Check(utf16) : Binary($"NUL bytes at offset {nul}");

        // UTF-8 first: a GB18030 reading of UTF-8 bytes often succeeds as mojibake, rarely the reverse.
        if (DecodeUtf8(bytes, out int utf8Bad) is { } utf8) return Check(new DecodedText(utf8, "utf-8"));

        // Bytes below 0x20 are control codes in either reading, so binary data is known without one.
        if (TooManyControls(Encoding.Latin1.GetString(bytes), "byte") is { } binary) return (null, binary);
        return Legacy(bytes, utf8Bad);
    }

    /// <summary>Text that is not valid UTF-8: GB18030, Big5, or UTF-8 with a few damaged bytes. Nearly any bytes
    /// decode as GB18030 or Big5, so whether they decode says little: each reading is judged by what it says
    /// (<see cref="ChineseText.CommonShare"/>), and the one that reads as Chinese is taken, with every byte it
    /// could not read replaced and named. None that does: refused, never published as garbage.</summary>
    private static (DecodedText?, DecodeFailure?) Legacy(ReadOnlySpan<byte> bytes, int utf8Bad)
    {
        LenientReading[] readings = [LenientReading.Utf8(bytes), LenientReading.Gb18030(bytes), LenientReading.Big5(bytes)];
        var scored = readings.Select(r => (Reading: r, Share: ChineseText.CommonShare(r.Text))).ToList();
        // Ties go to the order above: GB18030 before Big5 (the mainland papers this tool is for).
        var best = scored.Where(s => !s.Reading.MostlyUndecodable).OrderByDescending(s => s.Share).FirstOrDefault();
        if (best.Reading is not null && best.Share >= ChineseText.Plausible) return Check(best.Reading.Decoded());

        // Text spoiled before it was saved in this encoding says so, whatever the bytes.
        if (UnicodeMojibake.Why(readings[0].Text) is { } spoiled) return Fail(spoiled);
        // Big5 turns nearly any byte into a private-use character, so bytes broken for UTF-8 and GB18030 are broken.
        if (best.Reading is null || readings[0].MostlyUndecodable && readings[1].MostlyUndecodable)
        {
            // Name the break in the likelier reading: the one that got further before failing.
            DecodeGb18030(bytes, out int gbBad);
            var (offset, reading) = gbBad > utf8Bad ? (gbBad, "GB18030") : (utf8Bad, "UTF-8");
            return Fail("the text is neither UTF-8, UTF-16, GB18030 nor Big5 " +
                        $"(invalid byte 0x{bytes[offset]:X2} at offset {offset} when read as {reading}, and most of it is undecodable in each)");
        }
        return Fail(string.Create(CultureInfo.InvariantCulture,
            $"the text does not read as Chinese in UTF-8, UTF-16, GB18030 or Big5: read as {best.Reading.Label}, the likeliest, only {best.Share:P0} of its characters beyond ASCII are common Chinese characters or punctuation (Shift-JIS, Latin-1 or another encoding?); save it as UTF-8 and add it again"));
    }

    private static (DecodedText?, DecodeFailure?) DecodeUtf8WithBom(ReadOnlySpan<byte> bytes)
    {
        var body = bytes[3..];
        int nul = body.IndexOf((byte)0);
        if (nul >= 0) return Binary($"NUL bytes at offset {nul + 3}");
        // The BOM declares UTF-8, so a broken sequence is reported rather than guessed around.
        return DecodeUtf8(body, out int bad) is { } text
            ? Check(new DecodedText(text, "utf-8-bom"))
            : Fail("the text is not valid UTF-8 although it starts with a UTF-8 byte order mark " +
                   $"(invalid byte 0x{body[bad]:X2} at offset {bad + 3})");
    }

    private static (DecodedText?, DecodeFailure?) DecodeUtf16WithBom(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var label = bigEndian ? "UTF-16BE" : "UTF-16LE";
        var body = bytes[2..];
        if (body.Length % 2 != 0)
            return Fail($"the text is not valid {label} (stray final byte 0x{bytes[^1]:X2} at offset {bytes.Length - 1})");
        var text = DecodeUtf16(body, bigEndian);
        int bad = FirstUnpairedSurrogate(text);
        return bad < 0
            ? Check(new DecodedText(text, bigEndian ? "utf-16be" : "utf-16le"))
            : Fail($"the text is not valid {label} (unpaired surrogate 0x{(int)text[bad]:X4} at offset {2 + 2 * bad})");
    }

    // Without a BOM, UTF-16 shows itself by its zero bytes: every ASCII character (newline, digit,
    // space) carries one. Which half of the code unit holds them usually gives the byte order, but
    // the ideographic space U+3000 that indents paragraphs and 一 U+4E00 put theirs in the other
    // half, so both orders are tried and the one that reads as text wins.
    private static DecodedText? GuessUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % 2 != 0) return null;
        int units = bytes.Length / 2;
        // A stray NUL in a long file is damage, not UTF-16.
        if ((long)bytes.Count((byte)0) * 100 < units) return null;

        DecodedText? best = null;
        int bestTextLike = -1;
        foreach (bool bigEndian in new[] { false, true })
        {
            var text = DecodeUtf16(bytes, bigEndian);
            if (FirstUnpairedSurrogate(text) >= 0) continue;
            int textLike = text.Count(IsTextLike);
            if (textLike > bestTextLike) (best, bestTextLike) = (new DecodedText(text, bigEndian ? "utf-16be" : "utf-16le"), textLike);
        }
        // Bytes read in the wrong order, or binary data, look like text only about half the time.
        return bestTextLike * 10L >= units * 9L ? best : null;
    }

    // The blocks Chinese newspaper text is drawn from; bytes read in the wrong order land outside them.
    private static bool IsTextLike(char c) => c is
        '\t' or '\n' or '\r' or '\f' or >= ' ' and <= '~'
        or >= '\u00A0' and <= '\u04FF'   // Latin, Greek, Cyrillic
        or >= '\u2000' and <= '\u27BF'   // punctuation, ① numbers, ■●★ shapes
        or >= '\u2E80' and <= '\u2FDF'   // radicals
        or >= '\u3000' and <= '\u9FFF'   // CJK punctuation, kana, ideographs
        or >= '\uD800' and <= '\uDFFF'   // halves of supplementary ideographs, already checked for pairing
        or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFFEF';

    private static string DecodeUtf16(ReadOnlySpan<byte> body, bool bigEndian)
    {
        var units = new char[body.Length / 2];
        for (int i = 0; i < units.Length; i++)
        {
            var pair = body.Slice(2 * i, 2);
            units[i] = (char)(bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(pair) : BinaryPrimitives.ReadUInt16LittleEndian(pair));
        }
        return new string(units);
    }

    private static int FirstUnpairedSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return i;
        }
        return -1;
    }

    // Strict: without replacement, Utf8.ToUtf16 stops at the first ill-formed sequence and says where.
    private static string? DecodeUtf8(ReadOnlySpan<byte> bytes, out int badOffset)
    {
        // The usual case, valid UTF-8, in two vectorised passes and one allocation of the exact size.
        if (Utf8.IsValid(bytes))
        {
            badOffset = -1;
            return Encoding.UTF8.GetString(bytes);
        }
        var chars = new char[bytes.Length]; // UTF-8 never yields more UTF-16 units than it has bytes
        var status = Utf8.ToUtf16(bytes, chars, out int read, out int written, replaceInvalidSequences: false);
        badOffset = status == OperationStatus.Done ? -1 : Math.Min(read, bytes.Length - 1);
        return status == OperationStatus.Done ? new string(chars, 0, written) : null;
    }

    private static string? DecodeGb18030(ReadOnlySpan<byte> bytes, out int badOffset)
    {
        try
        {
            badOffset = -1;
            return Gb18030.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            badOffset = Math.Clamp(e.Index, 0, bytes.Length - 1);
            return null;
        }
    }

    private static (DecodedText?, DecodeFailure?) Check(DecodedText decoded) =>
        string.IsNullOrWhiteSpace(decoded.Text) ? Fail(EmptyMessage)
        : TooManyControls(decoded.Text, "character") is { } binary ? (null, binary)
        : UnicodeMojibake.Why(decoded.Text) is { } spoiled ? Fail(spoiled)
        : (decoded, null);

    // PDF extraction leaves the odd stray control code in real text; binary data has them everywhere.
    // Form feed is not stray: it is the page break between the pages of an issue.
    private static DecodeFailure? TooManyControls(string text, string unit)
    {
        int count = 0, first = -1;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] >= ' ' || text[i] is '\t' or '\n' or '\r' or '\f') continue;
            count++;
            if (first < 0) first = i;
        }
        if ((long)count * 100 <= text.Length) return null;
        return new DecodeFailure($"the file looks binary (control code 0x{(int)text[first]:X2} at {unit} {first}; " +
                                 $"{count} of the {text.Length} {unit}s are control codes)");
    }

    private static (DecodedText?, DecodeFailure?) Fail(string message) => (null, new DecodeFailure(message));

    private static (DecodedText?, DecodeFailure?) Binary(string why) => Fail($"the file looks binary ({why})");
}
