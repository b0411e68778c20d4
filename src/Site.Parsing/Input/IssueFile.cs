using Site.Parsing.Model;
using Site.Parsing.Rules;

namespace Site.Parsing.Input;

/// <summary>A raw issue file that could not be read; the message names the file.</summary>
public sealed class IssueFileException(string path, string problem) : Exception($"{path}: {problem}")
{
    public string Path { get; } = path;
}

/// <summary>Reads a raw issue file from disk and parses it.</summary>
public static class IssueFile
{
    /// <exception cref="IssueFileException">The file is missing, empty, binary or not decodable text.</exception>
    public static ParsedIssue Parse(string path, ParserRules rules)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IssueFileException(path, e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message);
        }
        var (text, failure) = TextDecoder.Decode(bytes);
        if (failure is not null) throw new IssueFileException(path, failure.Message);
        return IssueParser.Parse(text!.Text, System.IO.Path.GetFileName(path), rules);
    }
}
