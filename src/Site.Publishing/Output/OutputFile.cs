namespace Site.Publishing.Output;

/// <summary>One file of the built site.</summary>
/// <param name="Path">Relative to the output folder, with '/' separators, ASCII only ("2025/08/04/index.html").</param>
public sealed record OutputFile(string Path, byte[] Content);
