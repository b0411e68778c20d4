using System.Text.Json;
using System.Xml.Linq;
using Site.Testing;
using Site.Publishing.Pipeline;
using Site.Tests.Site;

namespace Site.Tests.Discovery;

/// <summary>The sample newspaper built once with a base URL, as a site that is published somewhere is.</summary>
public sealed class PublishedSite : IDisposable
{
    public const string BaseUrl = "https://example.org/paper";

    private readonly TempInput input = new TempInput().CopySample();

    public BuildReport Report { get; }

    public string Output => input.Output;

    public PublishedSite()
    {
        Report = SiteBuild.Run(new BuildOptions(input.Input, input.Output, System.IO.Path.Combine(Repo.Root, "themes"), BaseUrl: BaseUrl));
    }

    public string Path(string relative) => System.IO.Path.Combine(Output, relative);

    public string Read(string relative) => File.ReadAllText(Path(relative));

    public XDocument Xml(string relative) => XDocument.Load(Path(relative));

    public JsonDocument Json(string relative) => JsonDocument.Parse(File.ReadAllBytes(Path(relative)));

    public bool Exists(string relative) => File.Exists(Path(relative));

    /// <summary>The output file an absolute URL of the site names ("https://example.org/paper/a/b.html" → "a/b.html").</summary>
    public static string Local(string url)
    {
        Assert.StartsWith(BaseUrl + "/", url, StringComparison.Ordinal);
        return url[(BaseUrl.Length + 1)..];
    }

    public IEnumerable<string> Files(string pattern = "*") =>
        Directory.EnumerateFiles(Output, pattern, SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal);

    public void Dispose() => input.Dispose();
}
