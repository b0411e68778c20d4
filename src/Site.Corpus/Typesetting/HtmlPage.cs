using System.Globalization;
using System.Net;
using System.Text;

namespace Site.Corpus.Typesetting;

/// <summary>
/// Writes a planned page as one HTML file with its CSS: a sheet of 300 × 430 mm (text that does not fit
/// runs onto a second sheet, never clipped; the typesetter then plans the page again with less text). The page's columns are a CSS grid; each box spans some of
/// them and flows its body over as many text columns (CSS multi-column), so the PDF holds real newspaper
/// columns for the extractors to untangle. Same plan, same bytes.
/// </summary>
public static class HtmlPage
{
    /// <param name="markLines">Mark each piece of an article's text with the article and the part, and add the
    /// script that leaves a link over every line of it (<see cref="GoldBoxes"/>), which is where the gold learns
    /// each line's box. The text is laid out exactly as without.</param>
    public static string Write(PagePlan plan, bool markLines = false)
    {
        var d = plan.Design;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(E(plan.Name)).Append("</title>\n<style>\n").Append(Css(d)).Append("</style>\n</head>\n<body>\n<div class=\"page\">\n");
        sb.Append("<header class=\"top\">\n");
        foreach (var h in plan.Header) Furniture(sb, h);
        sb.Append("</header>\n<main class=\"grid\">\n");
        var article = 0;
        foreach (var block in plan.Blocks)
        {
            switch (block)
            {
                case ArticleBlock a: Article(sb, a, Marker(article++, markLines)); break;
                case FurnitureBlock f: Furniture(sb, f); break;
                case TeaserBlock t: Teaser(sb, t, [.. t.Entries.Select(_ => Marker(article++, markLines))]); break;
                case WeatherBlock w: Weather(sb, w, Marker(article++, markLines)); break;
            }
        }
        sb.Append("</main>\n<footer class=\"bottom\">\n");
        foreach (var f in plan.Footer) Furniture(sb, f);
        sb.Append("</footer>\n</div>\n");
        if (markLines) sb.Append(GoldBoxes.Script);
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private static string Css(Design d) => string.Create(CultureInfo.InvariantCulture, $$"""
        @page { size: 300mm 430mm; margin: 0; }
        html, body { margin: 0; padding: 0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        .page { width: 300mm; min-height: 430mm; box-sizing: border-box; padding: 12mm;
          font-family: "{{d.BodyFont}}"; font-size: {{d.BodyPt}}pt; line-height: {{d.LineHeight}}; color: #111; }
        .top { display: flex; flex-wrap: wrap; align-items: flex-end; justify-content: space-between; gap: 2mm 8mm;
          border-bottom: 0.8mm solid #222; padding-bottom: 2mm; margin-bottom: 4mm; }
        .top .nameplate { font-family: "{{d.HeadlineFont}}"; font-size: 40pt; font-weight: bold; line-height: 1.1; }
        .top .nameplate div + div { font-size: 12pt; letter-spacing: 0.3em; font-weight: normal; }
        .top .edition { font-size: 20pt; font-weight: bold; }
        .top .apps, .top .edition-note { font-size: 9pt; }
        .top .dateline, .top .folio, .top .folio-editors { font-size: 9.5pt; }
        .top .folio { display: flex; gap: 8mm; font-weight: bold; }
        .grid { display: grid; grid-template-columns: repeat({{d.Columns}}, 1fr); column-gap: {{d.GapMm}}mm; row-gap: 5mm; align-items: start; }
        .box { min-width: 0; {{(d.Rules ? "border-top: 0.4mm solid #333; padding-top: 1.5mm;" : "")}} }
        .boxed { border: 0.4mm solid #333; padding: 2mm; }
        .label { display: inline-block; background: #222; color: #fff; font-size: 0.9em; padding: 0.3mm 2mm; margin-bottom: 1.5mm; }
        .kicker { font-size: 0.55em; font-weight: normal; margin-bottom: 1mm; }
        .headline { font-family: "{{d.HeadlineFont}}"; font-weight: bold; line-height: 1.25; margin: 0 0 1mm 0; }
        .sub { font-size: 0.5em; font-weight: normal; margin-top: 1mm; }
        .spaced { letter-spacing: 0.45em; }
        .byline { font-family: "{{d.HeadlineFont}}"; font-size: 0.95em; margin: 1mm 0; }
        .body { column-gap: {{d.GapMm}}mm; text-align: justify; }
        .body p { margin: 0; text-indent: 2em; }
        .beside { display: grid; column-gap: {{d.GapMm}}mm; align-items: start; }
        figure { margin: 1.5mm 0; break-inside: avoid; }
        .photo { background: #9a9a9a; width: 100%; }
        figcaption { font-size: 0.85em; line-height: 1.4; margin-top: 1mm; }
        .credit { font-size: 0.85em; text-align: right; }
        .ad { border: 0.6mm double #333; padding: 2mm; text-align: center; font-family: "{{d.HeadlineFont}}"; }
        .ad div:first-child { font-size: 1.6em; font-weight: bold; }
        .slogan { text-align: center; font-family: "{{d.HeadlineFont}}"; font-size: 16pt; font-weight: bold; color: #a11; letter-spacing: 0.3em; }
        .teaser { border: 0.5mm solid #333; padding: 2mm; }
        .teaser .tlabel { font-size: 1.6em; font-weight: bold; font-family: "{{d.HeadlineFont}}"; }
        .teaser .tkicker { font-size: 0.85em; margin-top: 2mm; }
        .teaser .ttitle { font-weight: bold; font-family: "{{d.HeadlineFont}}"; font-size: 1.15em; }
        .teaser .tpointer { text-align: right; font-size: 0.85em; }
        .weather { background: #e4e4e4; padding: 2mm; }
        .weather .wlabel { font-weight: bold; font-size: 1.2em; }
        .bottom { margin-top: 4mm; border-top: 0.3mm solid #222; font-size: 8.5pt; }

        """);

    private static void Furniture(StringBuilder sb, FurnitureBlock f)
    {
        sb.Append(string.Create(CultureInfo.InvariantCulture, $"<div class=\"box {f.Style}\" style=\"grid-column: span {f.Span}\">"));
        foreach (var line in f.Lines) sb.Append("<div>").Append(E(line)).Append("</div>");
        sb.Append("</div>\n");
    }

    private static void Teaser(StringBuilder sb, TeaserBlock t, IReadOnlyList<Func<string, string, string>> marks)
    {
        sb.Append(string.Create(CultureInfo.InvariantCulture, $"<aside class=\"box teaser\" style=\"grid-column: span {t.Span}\">"));
        sb.Append("<div class=\"tlabel\">").Append(E(t.Label)).Append("</div>");
        foreach (var ((kicker, title, pointer), m) in t.Entries.Zip(marks))
        {
            sb.Append("<div class=\"tkicker\">").Append(m(GoldBoxes.Kicker, kicker)).Append("</div>");
            sb.Append("<div class=\"ttitle\">").Append(m(GoldBoxes.Headline, title)).Append("</div>");
            sb.Append("<div class=\"tpointer\">").Append(E(pointer)).Append("</div>");
        }
        sb.Append("</aside>\n");
    }

    private static void Weather(StringBuilder sb, WeatherBlock w, Func<string, string, string> m)
    {
        sb.Append(string.Create(CultureInfo.InvariantCulture, $"<aside class=\"box weather\" style=\"grid-column: span {w.Span}\">"));
        sb.Append("<div class=\"wlabel\">").Append(E(w.Label)).Append("</div><p>").Append(m(GoldBoxes.Body, w.Forecast)).Append("</p></aside>\n");
    }

    /// <summary>How a gold article's text is written: escaped, and when marking, inside a span naming it and its part. Gold
    /// articles are numbered in the order the planner writes them down: the page's boxes in reading order, a
    /// 导读 box one article per teaser.</summary>
    private static Func<string, string, string> Marker(int article, bool markLines) => markLines
        ? (part, text) => $"<span data-gold=\"{GoldBoxes.Mark(article, part)}\">{E(text)}</span>"
        : (_, text) => E(text);

    private static void Article(StringBuilder sb, ArticleBlock a, Func<string, string, string> m)
    {
        var cls = a.Boxed ? "box boxed" : "box";
        sb.Append(string.Create(CultureInfo.InvariantCulture, $"<article class=\"{cls}\" style=\"grid-column: span {a.Span}\">\n"));
        if (a.ColumnLabel is not null) sb.Append("<div class=\"label\">").Append(E(a.ColumnLabel)).Append("</div>\n");

        var head = new StringBuilder();
        if (a.BylineLine is not null && a.BylineBeforeHeadline) Byline(head, a.BylineLine, m);
        head.Append(string.Create(CultureInfo.InvariantCulture, $"<h1 class=\"headline{(a.LetterSpaced ? " spaced" : "")}\" style=\"font-size: {a.HeadlinePt}pt\">"));
        if (a.Kicker is not null) head.Append("<div class=\"kicker\">").Append(m(GoldBoxes.Kicker, a.Kicker)).Append("</div>");
        head.Append("<div>").Append(m(GoldBoxes.Headline, a.Headline)).Append("</div>");
        if (a.Subheadline is not null) head.Append("<div class=\"sub\">").Append(m(GoldBoxes.Subheadline, a.Subheadline)).Append("</div>");
        head.Append("</h1>\n");
        if (a.BylineLine is not null && !a.BylineBeforeHeadline) Byline(head, a.BylineLine, m);

        var body = new StringBuilder();
        var bodyColumns = a.Placement == HeadlinePlacement.Beside ? a.Span - 1 : a.Span;
        if (a.Photo is not null && a.PhotoFirst) Figure(body, a.Photo, m);
        if (a.Paragraphs.Count > 0)
        {
            body.Append(string.Create(CultureInfo.InvariantCulture, $"<div class=\"body\" style=\"column-count: {bodyColumns}\">\n"));
            foreach (var p in a.Paragraphs) body.Append("<p>").Append(m(GoldBoxes.Body, p)).Append("</p>\n");
            body.Append("</div>\n");
        }
        if (a.Photo is not null && !a.PhotoFirst) Figure(body, a.Photo, m);

        switch (a.Placement)
        {
            case HeadlinePlacement.Above:
                sb.Append(head).Append(body);
                break;
            case HeadlinePlacement.Below:
                sb.Append(body).Append(head);
                break;
            case HeadlinePlacement.Beside:
                sb.Append(string.Create(CultureInfo.InvariantCulture, $"<div class=\"beside\" style=\"grid-template-columns: minmax(30mm, 1fr) {bodyColumns}fr\">\n<div>\n"));
                sb.Append(head).Append("</div>\n<div>\n").Append(body).Append("</div>\n</div>\n");
                break;
        }
        sb.Append("</article>\n");
    }

    private static void Byline(StringBuilder sb, string line, Func<string, string, string> m) => sb.Append("<div class=\"byline\">").Append(m(GoldBoxes.Byline, line)).Append("</div>\n");

    private static void Figure(StringBuilder sb, Photo photo, Func<string, string, string> m)
    {
        sb.Append(string.Create(CultureInfo.InvariantCulture, $"<figure><div class=\"photo\" style=\"height: {photo.HeightMm}mm\"></div>"));
        sb.Append("<figcaption>").Append(m(GoldBoxes.Caption, photo.Caption)).Append("</figcaption>");
        if (photo.CreditLine is not null) sb.Append("<div class=\"credit\">").Append(m(GoldBoxes.Credit, photo.CreditLine)).Append("</div>");
        sb.Append("</figure>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
