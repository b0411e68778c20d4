using Microsoft.Playwright;

namespace Site.Browser.Tests.Support;

/// <summary>Layout as a reader sees it, read from the computed boxes of an open page: what validators and
/// axe cannot see (a valid page can still squeeze its header into a strip or flow its footer into columns).</summary>
public static class Layout
{
    public const int Phone = 390;
    public const int Desktop = 1366;

    /// <summary>A reader's screen at each width: a phone held upright, a common laptop.</summary>
    public static ViewportSize Viewport(int width) => new() { Width = width, Height = width == Phone ? 844 : 768 };

    /// <summary>The widths every page kind is checked at.</summary>
    public static readonly int[] Widths = [Phone, Desktop];

    /// <summary>Characters a line of running text may hold on a desktop: fewer is choppy, more loses the eye
    /// on its way back to the next line's start.</summary>
    public const double MinMeasure = 30, MaxMeasure = 45;

    /// <summary>Paragraphs of running text: what the measure is checked on. (Cards on an edition's front
    /// are narrower by design; no paragraph anywhere may be wider than <see cref="MaxMeasure"/>.)</summary>
    public const string RunningText = ".article-body p, .listing .excerpt, .page-articles .excerpt, .search-results .snippet";

    /// <summary>Everything wrong with the layout of the page as it stands, one line each; empty when it is right.
    /// <paramref name="desktop"/> asks for the desktop's lower bound on the measure too.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page, bool desktop) =>
        await BrowserSite.EvaluateAsync<string[]>(page, Script.Replace("__DESKTOP__", desktop ? "true" : "false", StringComparison.Ordinal)
            .Replace("__MIN__", MinMeasure.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("__MAX__", MaxMeasure.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("__RUNNING__", RunningText, StringComparison.Ordinal));

    private const string Script = """
        () => {
          const desktop = __DESKTOP__, min = __MIN__, max = __MAX__;
          const problems = [];
          const vw = document.documentElement.clientWidth, vh = window.innerHeight;
          const px = n => Math.round(n);
          for (const sel of ['.site-header', '.site-footer']) {
            const e = document.querySelector(sel);
            if (!e) { problems.push(`${sel}: missing`); continue; }
            const r = e.getBoundingClientRect();
            if (Math.abs(r.left) > 1 || Math.abs(r.right - vw) > 1)
              problems.push(`${sel} spans ${px(r.left)}..${px(r.right)} px, not the viewport's 0..${vw}`);
          }
          if (document.documentElement.scrollWidth > vw + 1)
            problems.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${vw} px viewport`);
          for (const e of document.querySelectorAll('body *')) {
            const r = e.getBoundingClientRect();
            if (r.width > 1 && r.right > vw + 1 && getComputedStyle(e).position !== 'absolute') {
              problems.push(`${e.tagName.toLowerCase()}.${e.className} reaches ${px(r.right)} px, past the viewport's ${vw}`);
              break;
            }
          }
          const measure = p => {
            const s = getComputedStyle(p);
            return (p.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight)) / parseFloat(s.fontSize);
          };
          for (const p of document.querySelectorAll('main p')) {
            if (p.textContent.trim().length < max || p.clientWidth === 0) continue;
            const m = measure(p);
            if (m > max + 0.5) problems.push(`p.${p.className} is ${m.toFixed(1)} characters wide, more than ${max}`);
          }
          if (desktop) {
            for (const p of document.querySelectorAll('__RUNNING__')) {
              if (p.textContent.trim().length < max) continue;
              const m = measure(p);
              if (m < min - 0.5) problems.push(`${p.tagName.toLowerCase()}.${p.className} is ${m.toFixed(1)} characters wide, fewer than ${min}`);
            }
          }
          const visible = e => { const r = e.getBoundingClientRect(); return r.width > 2 && r.height > 2; };
          const heading = [...document.querySelectorAll('main h1, main h2')].find(visible);
          if (!heading) problems.push('no heading is visible in main');
          else {
            const r = heading.getBoundingClientRect();
            if (r.top < 0 || r.bottom > vh) problems.push(`the first heading ("${heading.textContent.trim()}") is at ${px(r.top)}..${px(r.bottom)} px, outside the first screen (${vh} px)`);
          }
          return problems;
        }
        """;

    /// <summary>Lines of a heading that hold a single character, as "headline text: line" (empty when none):
    /// each character's box is measured and characters are grouped into lines by their top.</summary>
    public static async Task<IReadOnlyList<string>> LonelyCharactersAsync(IPage page) =>
        await BrowserSite.EvaluateAsync<string[]>(page, """
            () => {
              const found = [];
              for (const h of document.querySelectorAll('main h1, main h2, main h3')) {
                const r = h.getBoundingClientRect();
                if (r.width <= 2 || r.height <= 2) continue;
                const lines = [];
                const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
                for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                  const chars = [...n.data];
                  let offset = 0;
                  for (const c of chars) {
                    const range = document.createRange();
                    range.setStart(n, offset);
                    range.setEnd(n, offset + c.length);
                    offset += c.length;
                    if (!c.trim()) continue;
                    const box = range.getBoundingClientRect();
                    const last = lines[lines.length - 1];
                    if (last && Math.abs(box.top - last.top) < box.height / 2) last.text += c;
                    else lines.push({ top: box.top, text: c });
                  }
                }
                if (lines.length > 1)
                  for (const l of lines) if ([...l.text].length === 1) found.push(`${h.textContent.trim()}: "${l.text}"`);
              }
              return found;
            }
            """);
}
