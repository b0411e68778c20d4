namespace Site.Parsing.Classify;

/// <summary>What a block is, judged from the block alone. The assembler revises some of these
/// from the blocks around it (a short line between two body chunks is body, not a headline).</summary>
public enum BlockKind
{
    /// <summary>Date, weekday, lunar date, issue number.</summary>
    Masthead,
    /// <summary>The edition's name ("平湖版").</summary>
    EditionName,
    /// <summary>Slogan, banner, advertisement, app name, QR prompt: by the paper's rules.</summary>
    Noise,
    /// <summary>Labelled or ■-marked credits.</summary>
    Byline,
    /// <summary>■摄影 only: closes a photo item or a news item's photo.</summary>
    PhotoCredit,
    /// <summary>A line of bare names, or a columnist's pen name: a byline if it stands under a headline.</summary>
    Names,
    /// <summary>Running text.</summary>
    Body,
    /// <summary>A short display line: headline, kicker, subheadline, or a slogan the assembler drops.</summary>
    Display,
    /// <summary>"一", "二": section numbers inside a long feature.</summary>
    SectionMarker,
    /// <summary>A photo caption ending in "供图" or "摄".</summary>
    Caption,
    /// <summary>The weather box.</summary>
    Weather,
    /// <summary>"导读": opens a box of teasers.</summary>
    TeaserLabel,
    /// <summary>"»»» 详见四版": where a teaser points.</summary>
    TeaserPointer,
}
