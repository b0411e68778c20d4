using System.Collections.Immutable;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;

namespace Site.Publishing.Check;

/// <summary>Every HTML5 parse error AngleSharp reports for a page, with its line: the authoritative
/// well-formedness check, used by the <c>check</c> verb (<see cref="PageValidation.Full"/>).</summary>
internal static class HtmlParseErrors
{
    /// <summary>HtmlParser is not thread-safe and costly to set up, so each thread keeps one.</summary>
    [ThreadStatic] private static (HtmlParser Parser, List<PageProblem> Errors)? perThread;

    public static ImmutableArray<PageProblem> Find(string html)
    {
        var (parser, errors) = perThread ??= Create();
        errors.Clear();
        parser.ParseDocument(html).Dispose();
        return [.. errors];
    }

    private static (HtmlParser, List<PageProblem>) Create()
    {
        var errors = new List<PageProblem>();
        var parser = new HtmlParser(new HtmlParserOptions { SkipComments = true });
        parser.Error += (_, e) =>
        {
            if (e is HtmlErrorEvent error) errors.Add(new PageProblem(error.Position.Line, $"HTML parse error: {error.Message} ({(HtmlParseError)error.Code})"));
        };
        return (parser, errors);
    }
}
