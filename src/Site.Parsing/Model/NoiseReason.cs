namespace Site.Parsing.Model;

/// <summary>Why the parser set a block aside as noise: one of a fixed set, each with the name the
/// readable summary (`site parse --text`, `site add`) prints after the block. The set is closed: the
/// constructor is private, so a new reason is a new field here, with its name.</summary>
public sealed record NoiseReason
{
    private NoiseReason(string name) => Name = name;

    /// <summary>What the summary prints; every reason's is its own (NoiseReasonTests).</summary>
    public string Name { get; }

    public override string ToString() => Name;

    // The masthead and what stands beside it.
    public static readonly NoiseReason Masthead = new("masthead");
    public static readonly NoiseReason EditionName = new("edition name");

    // The paper's own rules (site.yml's noiseLines and noisePatterns).
    public static readonly NoiseReason SiteRule = new("noise rule in site.yml");

    // Furniture every paper prints, known by its shape.
    public static readonly NoiseReason FolioLine = new("folio line");
    public static readonly NoiseReason EditorsCredits = new("editors' credits");
    public static readonly NoiseReason Nameplate = new("nameplate");
    public static readonly NoiseReason SectionLabel = new("section label");
    public static readonly NoiseReason WeatherLabel = new("weather label");
    public static readonly NoiseReason BoxLabel = new("box label");
    public static readonly NoiseReason PublicationNumbers = new("publication numbers");
    public static readonly NoiseReason IssueNumber = new("issue number");
    public static readonly NoiseReason PublisherLine = new("publisher line");
    public static readonly NoiseReason QrPrompt = new("QR code prompt");
    public static readonly NoiseReason WebAddress = new("web address");
    public static readonly NoiseReason Advertisement = new("advertisement");
    public static readonly NoiseReason BesideAdvertisement = new("beside an advertisement");

    // A 导读 (teaser) box's parts that are not teasers.
    public static readonly NoiseReason TeaserLabel = new("导读 label");
    public static readonly NoiseReason TeaserPointer = new("导读 pointer");
    public static readonly NoiseReason TeaserColumnLabel = new("导读 column label");
    public static readonly NoiseReason TeaserBox = new("导读 box");

    // Left over once the page's articles are assembled.
    public static readonly NoiseReason DisplayOutsideArticle = new("display line outside any article");
    public static readonly NoiseReason ColumnLabelOrSlogan = new("column label or slogan");
    public static readonly NoiseReason StrayText = new("stray text without an article");

    /// <summary>A block of a noise kind that no step gave a reason (none does today: every step that
    /// makes one names why).</summary>
    public static readonly NoiseReason Unexplained = new("no reason given");
}
