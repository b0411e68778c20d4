namespace Site.Publishing.Pipeline;

/// <summary>What a build tells whoever watches it: the stage it is in and how far along. The build calls
/// <see cref="Advance"/> from many threads at once, so implementations must be thread-safe.</summary>
public interface IBuildProgress
{
    /// <summary>Begins a stage (ending the one before).</summary>
    /// <param name="total">How many steps the stage has; 0 when that is not known in advance (and
    /// <paramref name="kept"/> is 0) or when there is nothing to do.</param>
    /// <param name="kept">How many of its things need no step: kept from the last build as they are.</param>
    void Stage(string name, int total, int kept = 0);

    /// <summary>Records <paramref name="steps"/> more steps of the current stage done.</summary>
    void Advance(int steps = 1);

    /// <summary>Ends the last stage: the build succeeded. A failed build throws instead.</summary>
    void Done();
}

/// <summary>The names of the build's stages, in the order they run.</summary>
public static class BuildStages
{
    public const string Editions = "parse and render editions";
    public const string SiteWide = "site-wide pages";
    public const string Check = "check links";
    public const string Write = "write";
}

/// <summary>Progress that nobody watches.</summary>
public sealed class NoProgress : IBuildProgress
{
    public static readonly NoProgress Instance = new();

    private NoProgress() { }

    public void Stage(string name, int total, int kept = 0) { }

    public void Advance(int steps = 1) { }

    public void Done() { }
}
