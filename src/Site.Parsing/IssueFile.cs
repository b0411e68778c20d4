using Site.Parsing.Diagnostics;
using Site.Parsing.Input;
using Site.Parsing.Model;
using Site.Parsing.Pdf;
using Site.Parsing.Rules;

namespace Site.Parsing;

/// <summary>A raw issue file that could not be read; the message names the file.</summary>
public sealed class IssueFileException(string path, string problem)
    : DiagnosticException(Diagnostic.Error(path, 0, Code, problem))
{
    /// <summary>The diagnostics' code: a page file that cannot be read at all.</summary>
    public const string Code = "page-file";

    public string Path { get; } = path;
}

/// <summary>Reads a raw issue file from disk and parses it.</summary>
public static class IssueFile
{
    /// <exception cref="IssueFileException">The file is missing, empty, binary or not decodable text, or a PDF
    /// without text.</exception>
    public static ParsedIssue Parse(string path, ParserRules rules)
    {
        var bytes = Read(path);
        if (IsPdf(path, bytes)) return FromPdf(path, () => PdfIssue.Parse(bytes, System.IO.Path.GetFileName(path), rules));
        var decoded = Decode(path, bytes);
        var issue = IssueParser.Parse(decoded.Text, System.IO.Path.GetFileName(path), rules);
        // Each byte that could not be read is named, where it stands as U+FFFD.
        return decoded.Replaced.IsEmpty ? issue
            : issue with { Warnings = [.. decoded.Replaced.Select(r => new ParseWarning(r.Page, r.Line, r.Message)), .. issue.Warnings] };
    }

    /// <summary>The text the parser reads for the file: decoded text, or a PDF's lines in reading order.</summary>
    /// <exception cref="IssueFileException">As <see cref="Parse"/>.</exception>
    public static string ReadText(string path)
    {
        var bytes = Read(path);
        return IsPdf(path, bytes) ? FromPdf(path, () => PdfIssue.ReadText(bytes)) : Decode(path, bytes).Text;
    }

    private static byte[] Read(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IssueFileException(path, e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message);
        }
    }

    private static DecodedText Decode(string path, byte[] bytes)
    {
        var (text, failure) = TextDecoder.Decode(bytes);
        if (failure is not null) throw new IssueFileException(path, failure.Message);
        return text!;
    }

    private static T FromPdf<T>(string path, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (PdfReadException e)
        {
            throw new IssueFileException(path, e.Message);
        }
    }

    /// <summary>A PDF by its name or by its first bytes (a PDF filed as .txt is still a PDF).</summary>
    private static bool IsPdf(string path, ReadOnlySpan<byte> bytes) =>
        path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || bytes.StartsWith("%PDF-"u8);
}
