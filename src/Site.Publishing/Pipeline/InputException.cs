namespace Site.Publishing.Pipeline;

/// <summary>Input that cannot be published; the message names the file (and line, when there is one).</summary>
public sealed class InputException(string message) : Exception(message);
