namespace Site.Publishing.Output;

/// <summary>One file of the built site.</summary>
/// <param name="Path">Relative to the output folder, with '/' separators, ASCII only ("2025/08/04/index.html").</param>
public sealed record OutputFile(string Path, byte[] Content)
{
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private string? text;
    private byte[]? textBytes;

    /// <summary>A page rendered as text, with <see cref="Content"/> its UTF-8 encoding: the checker reads the text
    /// instead of decoding the bytes back (a ten-year build renders 2.4 GB of page text, which decoding
    /// allocated a second time).</summary>
    public static OutputFile FromText(string path, string text)
    {
        var bytes = Utf8.GetBytes(text);
        return new(path, bytes) { text = text, textBytes = bytes };
    }

    /// <summary>The text <see cref="Content"/> was encoded from; null for a file made as bytes, or one whose
    /// content was replaced since (<c>with { Content = … }</c>).</summary>
    public string? Text => ReferenceEquals(textBytes, Content) ? text : null;
}
