using System.Collections.Immutable;

namespace Site.Parsing.Layout;

/// <summary>Splits raw text into pages (at form feeds) and pages into blocks (at blank lines).</summary>
public static class BlockReader
{
    /// <summary>Pages in order; each page's blocks in order. Line numbers count from the start of the
    /// text, whatever the newline convention (LF, CRLF or CR).</summary>
    public static ImmutableArray<ImmutableArray<Block>> Read(string text)
    {
        var pages = ImmutableArray.CreateBuilder<ImmutableArray<Block>>();
        var lines = new List<(int Line, string Text)>();
        var page = 1;
        var line = 1;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var atEnd = i == text.Length;
            var c = atEnd ? '\n' : text[i];
            if (c != '\n' && c != '\r' && c != '\f') continue;

            lines.Add((line, text[start..i]));
            if (c == '\f' || atEnd)
            {
                pages.Add(Blocks(page, lines));
                lines.Clear();
                page++;
            }
            if (c != '\f' && !atEnd)
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                line++;
            }
            start = i + 1;
        }
        return pages.ToImmutable();
    }

    /// <summary>A page's blocks; on a page laid out by position each block is read column by column.</summary>
    private static ImmutableArray<Block> Blocks(int page, List<(int Line, string Text)> lines)
    {
        var laidOut = ColumnReader.IsLaidOut(lines.ConvertAll(l => l.Text));
        var marksIndents = !laidOut && lines.Count(l => IsIndented(l.Text)) >= 2;
        var runs = new List<(int Start, List<string> Rows)>();
        var run = new List<string>();
        var runStart = 0;
        foreach (var (number, text) in lines.Append((0, "")))
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                if (run.Count == 0) runStart = number;
                run.Add(text);
                continue;
            }
            if (run.Count == 0) continue;
            runs.Add((runStart, run));
            run = [];
        }
        if (laidOut) ReturnTails(runs);

        var blocks = ImmutableArray.CreateBuilder<Block>();
        foreach (var (start, rows) in runs)
        {
            var read = laidOut ? ColumnReader.Read(rows) : [.. rows.Select(l => l.Trim())];
            blocks.Add(new Block(page, start, read)
            {
                Indents = marksIndents && rows.Count > 1 ? [.. rows.Select(IsIndented)] : default,
            });
        }
        return blocks.ToImmutable();
    }

    /// <summary>A headline set under its body in larger type stands, by its baseline, above the body's last row:
    /// pdftotext prints it, after a blank row, before that row. A run that is one unbroken line followed by
    /// one row of several columns' pieces, after a run whose last row holds several columns' pieces, gives
    /// that row back to the columns above it and keeps the line as a block of its own.</summary>
    private static void ReturnTails(List<(int Start, List<string> Rows)> runs)
    {
        for (var i = 1; i < runs.Count; i++)
        {
            var (above, rows) = (runs[i - 1].Rows, runs[i].Rows);
            if (rows.Count != 2 || ColumnReader.Pieces(rows[0]) != 1 || ColumnReader.Pieces(rows[1]) < 2) continue;
            if (above.Count < 2 || ColumnReader.Pieces(above[^1]) < 2) continue;
            above.Add(rows[1]);
            rows.RemoveAt(1);
        }
    }

    /// <summary>A paragraph's indent as Chinese text sets it: two ideographic spaces.</summary>
    private static bool IsIndented(string line) => line.StartsWith("\u3000\u3000", StringComparison.Ordinal);
}
