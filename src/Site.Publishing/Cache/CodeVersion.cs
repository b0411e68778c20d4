namespace Site.Publishing.Cache;

/// <summary>The version of the code that turns input into output: part of every cache key, so a new
/// parser or renderer never reuses what an old one made. Module version ids change with every compile
/// that changes the assembly (the build is deterministic, so an unchanged source keeps its id).</summary>
public static class CodeVersion
{
    public static string Current { get; } = Compute();

    private static string Compute()
    {
        using var f = new Fingerprint();
        foreach (var type in new[] { typeof(Parsing.IssueParser), typeof(Config.SiteConfig), typeof(CodeVersion), typeof(Scriban.Template) })
            f.Add(type.Assembly.ManifestModule.ModuleVersionId.ToString("N"));
        return f.Finish();
    }
}
