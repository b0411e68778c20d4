using Site.Corpus.Composition;
using Site.Parsing.Model;
using Site.Parsing.Text;

namespace Site.Corpus.Checking;

/// <summary>Tallies of how far the parser's reading of generated pages agrees with what was generated.</summary>
public sealed class PlanCheck
{
    public int Editions { get; private set; }
    public int Pages { get; private set; }
    public int PagesIdentical { get; private set; }
    public int Planned { get; private set; }
    public int Parsed { get; private set; }
    public int PagesWithOtherCount { get; private set; }
    public int Compared { get; private set; }
    public int Kinds { get; private set; }
    public int Headlines { get; private set; }
    public int Titles { get; private set; }
    public int Bylines { get; private set; }
    public int ParagraphCounts { get; private set; }
    public int Bodies { get; private set; }
    public int NoisePlanned { get; private set; }
    public int NoiseParsed { get; private set; }
    public int NoiseLeaked { get; private set; }
    public int TextLostToNoise { get; private set; }
    public int MastheadsRight { get; private set; }
    public int Warnings { get; private set; }
    public List<string> Problems { get; } = [];

    public void Edition(PlannedEdition e) => Editions++;

    public void Page(string file, PlannedPage planned, bool identical, ParsedIssue parsed, PlannedEdition edition)
    {
        Pages++;
        if (identical) PagesIdentical++;
        else Problem($"{file}: the file differs from what the generator makes for this day");
        Planned += planned.Articles.Length;
        Parsed += parsed.Articles.Length;
        Warnings += parsed.Warnings.Length;
        foreach (var w in parsed.Warnings) Problem($"{file}:{w.Line}: warning: {w.Message}");

        if (planned.Number == 1)
        {
            var e = parsed.Edition;
            if (e.Date == edition.Date && e.IssueNumber == edition.IssueNumber && e.EditionName == Masthead.EditionName
                && e.Weekday is not null && e.LunarDate is not null) MastheadsRight++;
            else Problem($"{file}: masthead read as {e}");
        }

        Noise(file, planned, parsed);
        if (planned.Articles.Length != parsed.Articles.Length)
        {
            PagesWithOtherCount++;
            Problem($"{file}: generated {planned.Articles.Length} articles, the parser found {parsed.Articles.Length}: "
                    + $"[{string.Join(" / ", planned.Articles.Select(a => a.Headline))}] vs [{string.Join(" / ", parsed.Articles.Select(a => a.Headline))}]");
            return;
        }
        for (var i = 0; i < planned.Articles.Length; i++) Article(file, planned.Articles[i], parsed.Articles[i]);
    }

    private void Article(string file, PlannedArticle want, Article got)
    {
        Compared++;
        var where = $"{file}:{got.Line}";
        Count(want.Kind == got.Kind, () => Kinds++, $"{where}: kind {got.Kind}, meant {want.Kind}");
        Count(want.Headline == got.Headline, () => Headlines++, $"{where}: headline \"{got.Headline}\", meant \"{want.Headline}\"");
        Count(want.Kicker == got.Kicker && want.Subheadline == got.Subheadline && want.Headline == got.Headline, () => Titles++,
            $"{where}: title {got.Kicker} | {got.Headline} | {got.Subheadline}, meant {want.Kicker} | {want.Headline} | {want.Subheadline}");
        Count(Same(want.Byline, got.Byline), () => Bylines++, $"{where}: byline {Show(got.Byline)}, meant {Show(want.Byline)}");
        Count(want.Paragraphs.Length == got.Paragraphs.Length, () => ParagraphCounts++,
            $"{where}: {got.Paragraphs.Length} paragraphs, meant {want.Paragraphs.Length}");
        Count(want.Paragraphs.Select(TextShape.Compact).SequenceEqual(got.Paragraphs.Select(TextShape.Compact)), () => Bodies++,
            $"{where}: body text differs from what was generated");
    }

    /// <summary>Noise the parser reports that was not printed as noise is article text lost; noise that
    /// was printed but not reported has leaked into an article.</summary>
    private void Noise(string file, PlannedPage planned, ParsedIssue parsed)
    {
        NoisePlanned += planned.Noise.Length;
        NoiseParsed += parsed.Noise.Length;
        var expected = planned.Noise.Select(TextShape.Compact).ToList();
        foreach (var n in parsed.Noise)
        {
            if (expected.Remove(TextShape.Compact(n.Text))) continue;
            TextLostToNoise++;
            Problem($"{file}:{n.Line}: article text dropped as noise ({n.Reason}): {n.Text}");
        }
        NoiseLeaked += expected.Count;
        foreach (var n in expected) Problem($"{file}: noise block not reported as noise: {n}");
    }

    private void Count(bool ok, Action tally, string problem)
    {
        if (ok) tally();
        else Problem(problem);
    }

    private void Problem(string p)
    {
        if (Problems.Count < 20) Problems.Add(p);
    }

    private static bool Same(Byline a, Byline b) =>
        a.Reporters.SequenceEqual(b.Reporters) && a.Correspondents.SequenceEqual(b.Correspondents)
        && a.Photographers.SequenceEqual(b.Photographers) && a.Authors.SequenceEqual(b.Authors);

    private static string Show(Byline b) =>
        $"记者[{string.Join(' ', b.Reporters)}] 通讯员[{string.Join(' ', b.Correspondents)}] 摄影[{string.Join(' ', b.Photographers)}] 作者[{string.Join(' ', b.Authors)}]";

    public void Report(TextWriter o, DateOnly from, DateOnly to)
    {
        static string Of(int n, int of) => $"{n}/{of}";
        o.WriteLine($"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}: {Editions} editions, {Pages} pages ({PagesIdentical} byte-identical to a fresh composition)");
        o.WriteLine($"articles: generated {Planned}, parser found {Parsed} ({PagesWithOtherCount} pages where the counts differ)");
        o.WriteLine($"of {Compared} articles compared one to one: kind {Of(Kinds, Compared)}, headline {Of(Headlines, Compared)}, "
                    + $"whole title {Of(Titles, Compared)}, byline {Of(Bylines, Compared)}, paragraph count {Of(ParagraphCounts, Compared)}, body text {Of(Bodies, Compared)}");
        o.WriteLine($"noise: {NoisePlanned} blocks printed, {NoiseParsed} reported; leaked into articles {NoiseLeaked}, article text dropped as noise {TextLostToNoise}");
        o.WriteLine($"mastheads read right: {Of(MastheadsRight, Editions)}; parser warnings: {Warnings}");
        foreach (var p in Problems) o.WriteLine("  " + p);
    }

    public bool Perfect =>
        PagesIdentical == Pages && Planned == Parsed && PagesWithOtherCount == 0 && Kinds == Compared && Titles == Compared
        && Bylines == Compared && ParagraphCounts == Compared && Bodies == Compared && NoiseLeaked == 0 && TextLostToNoise == 0
        && MastheadsRight == Editions && Warnings == 0;
}
