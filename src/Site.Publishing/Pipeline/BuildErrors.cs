using System.Collections.Concurrent;
using System.Collections.Immutable;
using Site.Parsing.Diagnostics;
using Site.Publishing.Documents;

namespace Site.Publishing.Pipeline;

/// <summary>The errors of a build's input met so far, from any thread: a build goes on through every
/// edition to report all of them, then fails.</summary>
internal sealed class BuildErrors
{
    private readonly ConcurrentBag<Diagnostic> errors = [];

    public bool None => errors.IsEmpty;

    public void Report(Exception e)
    {
        foreach (var d in ((DiagnosticException)e).Diagnostics) errors.Add(d);
    }

    /// <summary>Runs <paramref name="work"/>, reporting an error of the input instead of throwing it.</summary>
    public void Try(Action work)
    {
        try
        {
            work();
        }
        catch (Exception e) when (InputErrors.Are(e))
        {
            Report(e);
        }
    }

    /// <summary>Fails the build with every error reported, if there is one.</summary>
    public void ThrowIfAny() => Fail(errors);

    /// <exception cref="BuildFailedException">When there is a diagnostic: all of them, in order.</exception>
    public static void Fail(IEnumerable<Diagnostic> diagnostics)
    {
        var list = DiagnosticText.InOrder(diagnostics).ToImmutableArray();
        if (list.Length > 0) throw new BuildFailedException(list);
    }
}
