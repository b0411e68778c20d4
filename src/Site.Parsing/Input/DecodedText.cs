using System.Collections.Immutable;

namespace Site.Parsing.Input;

/// <summary>A raw file's text, exactly as decoded except that any byte order mark is dropped.</summary>
/// <param name="EncodingName">How the bytes were read: "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "gb18030" or "big5".</param>
public sealed record DecodedText(string Text, string EncodingName)
{
    /// <summary>The few bytes the encoding could not read, each replaced by U+FFFD in <see cref="Text"/>.</summary>
    public ImmutableArray<ReplacedBytes> Replaced { get; init; } = [];

    public bool Equals(DecodedText? other) =>
        other is not null && Text == other.Text && EncodingName == other.EncodingName && Replaced.SequenceEqual(other.Replaced);

    public override int GetHashCode() => HashCode.Combine(Text, EncodingName, Replaced.Length);
}

/// <summary>Bytes that could not be read in the file's encoding and stand in the text as U+FFFD (�).</summary>
/// <param name="Page">1-based page (form feeds part pages).</param>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Column">1-based column (in characters) of the U+FFFD on that line.</param>
/// <param name="Bytes">The bytes, as hexadecimal ("0xC3 0x28").</param>
/// <param name="Encoding">The encoding they could not be read in ("UTF-8").</param>
public sealed record ReplacedBytes(int Page, int Line, int Column, string Bytes, string Encoding)
{
    public string Message =>
        $"column {Column}: the byte{(Bytes.Contains(' ') ? "s" : "")} {Bytes} could not be read as {Encoding} and stand{(Bytes.Contains(' ') ? "" : "s")} in the text as \uFFFD";
}

/// <summary>Why a raw file could not be read as text, in words fit to show the person who supplied it.</summary>
public sealed record DecodeFailure(string Message);
