using Site.Publishing.Hashing;
namespace Site.Publishing.Cache;

/// <summary>The version of the code that turns input into output: part of every cache key, so a new
/// parser or renderer never reuses what an old one made. Module version ids change with every compile
/// that changes the assembly (the build is deterministic, so an unchanged source keeps its id).</summary>
public static class CodeVersion
{
    public static string Current { get; } = Compute();

    private static string Compute()
    {
        var f = new Fingerprint();
        // Ours, and what shapes output beneath them: Scriban, YamlDotNet (edition.yml), the runtime's
        // JSON and text encoders, Unicode normalisation and regular expressions.
        foreach (var type in new[] { typeof(Parsing.IssueParser), typeof(Config.SiteConfig), typeof(CodeVersion), typeof(Scriban.Template),
                     typeof(YamlDotNet.RepresentationModel.YamlNode), typeof(object), typeof(System.Text.Json.JsonSerializer),
                     typeof(System.Text.Encodings.Web.JavaScriptEncoder), typeof(System.Text.RegularExpressions.Regex) })
            f.Add(type.Assembly.ManifestModule.ModuleVersionId.ToString("N"));
        f.Add(System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
        return f.Finish();
    }
}
