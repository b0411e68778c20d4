using Site.Parsing.Model;

namespace Site.Parsing.Pdf;

/// <summary>Blocks a reader takes together before ordering the page: the text inside one box (a 导读 box, a
/// weather box, an advertisement, a photo news frame) and a photo's caption and credit under it.</summary>
internal sealed record Unit(PageRegion Box, List<PrintedBlock> Blocks);

internal static class Units
{
    /// <param name="body">The page's body type size: a photo's caption is set smaller.</param>
    public static List<Unit> Group(IReadOnlyList<PrintedBlock> blocks, IReadOnlyList<PageRegion> rects, double body)
    {
        var holding = rects.Where(r => blocks.Any(b => Inside(b.Box, r))).ToHashSet();
        var pictures = rects.Where(r => !holding.Contains(r)).OrderBy(r => r.Y).ThenBy(r => r.X).ToList();
        var (all, figures) = Captions(blocks, pictures, holding, body);
        var units = new List<Unit>();
        var taken = new HashSet<PrintedBlock>();
        // A box holds the blocks inside it; a block inside boxes within boxes goes with the smallest.
        foreach (var group in all
                     .Select(b => (Block: b, Box: holding.Where(r => Inside(b.Box, r)).OrderBy(r => r.Width * r.Height).Cast<PageRegion?>().FirstOrDefault()))
                     .Where(x => x.Box is not null).GroupBy(x => x.Box!))
        {
            var members = group.Select(x => x.Block).ToList();
            // A line in a box of its own is a label the box sets apart, as a reader sees it.
            if (members is [{ Lines.Count: 1 } alone])
            {
                members = [alone with { Boxed = true }];
                all[all.IndexOf(alone)] = members[0];
            }
            units.Add(new Unit(PageRegion.Around([group.Key, .. members.Select(m => m.Box)]), members));
            taken.UnionWith(members);
        }
        foreach (var b in all.Where(b => !taken.Contains(b)))
            units.Add(new Unit(figures.Contains(b) ? PageRegion.Around([b.Picture!, b.Box]) : b.Box, [b]));
        return Nested(units);
    }

    /// <summary>A box within another box's unit (a column label on a dark ground inside a commentary's frame) is
    /// read with the frame: as a unit of its own it would follow the whole frame, which it overlaps.</summary>
    private static List<Unit> Nested(List<Unit> units)
    {
        var bySize = units.OrderBy(u => u.Box.Width * u.Box.Height).ToList();
        var merged = new List<Unit>();
        for (var i = 0; i < bySize.Count; i++)
        {
            var inner = bySize[i];
            var outer = bySize.Skip(i + 1).FirstOrDefault(o => o.Blocks.Count > 1 && o != inner && Inside(inner.Box, o.Box));
            if (outer is null) merged.Add(inner);
            else outer.Blocks.AddRange(inner.Blocks);
        }
        // Back in the order the units were found, which the reading order does not depend on but tests see.
        return [.. units.Where(merged.Contains)];
    }

    /// <summary>The blocks with each photo's caption joined into one block that knows its photo: the small type
    /// right under a picture (a box with no text in it), across its width.</summary>
    private static (List<PrintedBlock> Blocks, HashSet<PrintedBlock> Captions) Captions(IReadOnlyList<PrintedBlock> blocks, List<PageRegion> pictures,
        HashSet<PageRegion> boxes, double body)
    {
        var all = blocks.ToList();
        var captions = new HashSet<PrintedBlock>();
        foreach (var picture in pictures)
        {
            var caption = new List<PrintedBlock>();
            var bottom = picture.Bottom;
            double? size = null;
            foreach (var b in all.Where(b => !captions.Contains(b)).OrderBy(b => b.Box.Y))
            {
                if (b.Box.Y < bottom - 1) continue;
                if (b.Box.Y - bottom > b.Size * 1.2) break;
                if (b.Box.X < picture.X - 2 || b.Box.Right > picture.Right + 2) continue;
                if (size is { } s && b.Size > s * 1.02) break;
                // A caption is set smaller than the body, or is a line or two (a credit); a column of body text
                // under a photo is not its caption.
                if (size is null && b.Size >= body * 0.97 && b.Lines.Count > 2) break;
                size ??= b.Size;
                caption.Add(b);
                bottom = Math.Max(bottom, b.Box.Bottom);
            }
            if (caption.Count == 0) continue;
            if (boxes.Any(box => Inside(picture, box)))
            {
                // Inside a frame (photo news), the frame keeps caption and credit together already.
                var first = caption[0] with { Picture = picture };
                all[all.IndexOf(caption[0])] = first;
                captions.Add(first);
                continue;
            }
            // A caption and its credit are read as one block, as a reader takes them in one glance.
            var lines = caption.SelectMany(c => c.Lines).ToList();
            var joined = new PrintedBlock(lines, [.. lines.Select(_ => false)], PageRegion.Around(caption.Select(c => c.Box)), caption[0].Size, picture);
            all[all.IndexOf(caption[0])] = joined;
            foreach (var c in caption.Skip(1)) all.Remove(c);
            captions.Add(joined);
        }
        return (all, captions);
    }

    private static bool Inside(PageRegion inner, PageRegion outer) =>
        inner.X >= outer.X - 1 && inner.Y >= outer.Y - 1 && inner.Right <= outer.Right + 1 && inner.Bottom <= outer.Bottom + 1;
}
