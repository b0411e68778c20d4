namespace Site.Publishing.Output;

/// <summary>One file of the built site.</summary>
/// <param name="Path">Relative to the output folder, with '/' separators, ASCII only ("2025/08/04/index.html").</param>
public sealed record OutputFile(string Path, byte[] Content)
{
    /// <summary>A page rendered as text, with <see cref="Content"/> its UTF-8 encoding: the checker reads the text
    /// instead of decoding the bytes back (a ten-year build renders 2.4 GB of page text, which decoding
    /// allocated a second time). <see cref="Text"/> is null for a file made as bytes.</summary>
    public static OutputFile FromText(string path, string text) => new(path, Utf8.GetBytes(text)) { Text = text };

    public string? Text { get; private init; }

    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
}
