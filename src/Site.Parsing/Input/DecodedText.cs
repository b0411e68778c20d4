namespace Site.Parsing.Input;

/// <summary>A raw file's text, exactly as decoded except that any byte order mark is dropped.</summary>
/// <param name="EncodingName">How the bytes were read: "utf-8", "utf-8-bom", "utf-16le", "utf-16be" or "gb18030".</param>
public sealed record DecodedText(string Text, string EncodingName);

/// <summary>Why a raw file could not be read as text, in words fit to show the person who supplied it.</summary>
public sealed record DecodeFailure(string Message);
