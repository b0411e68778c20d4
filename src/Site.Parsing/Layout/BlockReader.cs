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
        var blocks = ImmutableArray.CreateBuilder<Block>();
        var current = ImmutableArray.CreateBuilder<string>();
        var page = 1;
        var line = 1;
        var blockStart = 0;

        void EndBlock()
        {
            if (current.Count > 0) blocks.Add(new Block(page, blockStart, current.ToImmutable()));
            current.Clear();
        }

        void EndPage()
        {
            EndBlock();
            pages.Add(blocks.ToImmutable());
            blocks.Clear();
        }

        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var atEnd = i == text.Length;
            var c = atEnd ? '\n' : text[i];
            if (c != '\n' && c != '\r' && c != '\f') continue;

            var content = text.AsSpan(start, i - start).Trim();
            if (content.IsEmpty) EndBlock();
            else
            {
                if (current.Count == 0) blockStart = line;
                current.Add(content.ToString());
            }

            if (c == '\f') { EndPage(); page++; }
            else if (!atEnd)
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                line++;
            }
            start = i + 1;
        }
        EndPage();
        return pages.ToImmutable();
    }
}
