using Site.Parsing.Classify;

namespace Site.Parsing.Assembly;

/// <summary>The fixed part of one article while a page is assembled: its byline, any display lines
/// between byline and body, the body, captions and photo credit. The display lines in the gaps
/// between cores are handed out afterwards (a headline may stand before or after its article).</summary>
internal sealed class Core
{
    public List<ClassifiedBlock> Bylines { get; } = [];
    public List<ClassifiedBlock> TitleAfterByline { get; } = [];
    public List<ClassifiedBlock> Body { get; } = [];
    public List<ClassifiedBlock> Captions { get; } = [];
    public List<ClassifiedBlock> Credits { get; } = [];
    public List<ClassifiedBlock> Title { get; } = [];

    /// <summary>A column label over the body ("关注", "国际视点"): short, and sharing nothing with the body.
    /// It is the title only when no display line that talks about the body turns up on either side.</summary>
    public List<ClassifiedBlock> Label { get; } = [];
    public bool IsWeather { get; init; }

    /// <summary>A commentary column's label stands over the title.</summary>
    public bool UnderCommentaryLabel { get; set; }

    /// <summary>A credit closes the core: what follows belongs to something else.</summary>
    public bool IsClosed { get; set; }

    public bool HasTitle => TitleAfterByline.Count > 0 || Title.Count > 0;

    public bool HasBody => Body.Count > 0;

    /// <summary>A photo item: pictures with a caption and a ■摄影 credit, no reporter.</summary>
    public bool IsPhoto => Credits.Count > 0 && Bylines.Count == 0 && !(HasBody && Captions.Count > 0);

    public bool WantsTitle => !HasTitle && !IsWeather;

    public ClassifiedBlock First =>
        new[] { Bylines.FirstOrDefault(), Body.FirstOrDefault(), Credits.FirstOrDefault() }
            .Where(b => b is not null).MinBy(b => (b!.Block.Page, b.Block.Line))!;

    /// <summary>The body as one string, for judging whether a display line talks about it.</summary>
    public string BodyText => string.Concat(Body.Select(b => b.Text)) + string.Concat(Captions.Select(b => b.Text));
}
