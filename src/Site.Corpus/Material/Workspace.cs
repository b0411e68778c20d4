using Site.Config;

namespace Site.Corpus.Material;

/// <summary>The repository's inputs a corpus is made from: its seeds and its site.yml.</summary>
public sealed record Workspace(string Root, SiteConfig Config, byte[] SiteYml, SeedMaterial Material)
{
    public static Workspace Load()
    {
        var root = RepoRoot.Find();
        var siteYml = Path.Combine(root, "input", "site.yml");
        var config = SiteConfigReader.Load(siteYml);
        return new(root, config, File.ReadAllBytes(siteYml), SeedMaterialReader.Read(Path.Combine(root, "seeds"), config));
    }
}
