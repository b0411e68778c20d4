using Site.Publishing.Check;
using Site.Publishing.Output;

namespace Site.Publishing.Pipeline;

/// <summary>Where every stage puts what it makes: each file is checked (links, markup) and staged for
/// writing; each file kept from the last build is known to the checker and left where it is. Thread-safe.</summary>
internal sealed class SiteOutput(OutputWriter writer, SiteChecker checker) : IDisposable
{
    public void Emit(OutputFile file)
    {
        checker.Add(file);
        writer.Add(file);
    }

    public void Emit(IEnumerable<OutputFile> files)
    {
        foreach (var file in files) Emit(file);
    }

    /// <summary>Files the last build wrote that stay as they are; best given in batches (one lock each).</summary>
    public void Keep(IReadOnlyCollection<string> files)
    {
        checker.AddKept(files);
        writer.Keep(files);
    }

    /// <summary>Every link's problem, once every file is in.</summary>
    public IEnumerable<SiteProblem> Check() => checker.Finish();

    public WriteReport Commit() => writer.Commit();

    public void Dispose() => writer.Dispose();
}
