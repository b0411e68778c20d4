namespace Site.Publishing.Tests.Output;

/// <summary>A fresh folder under the system's temp folder, deleted with everything in it (and any
/// <c>.staging-*</c> sibling) when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "site-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
    }

    /// <summary>The folder itself; tests put their output folder inside it.</summary>
    public string Root { get; }

    public string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
