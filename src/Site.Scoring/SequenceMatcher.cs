namespace Site.Scoring;

/// <summary>
/// <c>difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()</c>, ported line for line:
/// Ratcliff/Obershelp recursion on the longest matching block, with no junk and no "popular"
/// elements, so the ratio is 2·M/T exactly as Python computes it.
/// </summary>
internal sealed class SequenceMatcher
{
    private readonly int[] _a;
    private readonly int[] _b;
    private readonly Dictionary<int, int[]> _b2j;
    // j2len from find_longest_match as two flat buffers (this row and the previous one) indexed by j + 1;
    // a slot counts only if it was written at the previous tick, which spares clearing them per row.
    private readonly int[][] _runLength;
    private readonly long[][] _writtenAt;
    private long _tick;

    private SequenceMatcher(int[] a, int[] b)
    {
        _a = a;
        _b = b;
        _b2j = b.Select((element, j) => (element, j))
            .GroupBy(x => x.element, x => x.j)
            .ToDictionary(g => g.Key, g => g.ToArray());
        _runLength = [new int[b.Length + 1], new int[b.Length + 1]];
        _writtenAt = [new long[b.Length + 1], new long[b.Length + 1]];
        Array.Fill(_writtenAt[0], -1);
        Array.Fill(_writtenAt[1], -1);
    }

    /// <summary>The ratio of two Python strings (compared code point by code point).</summary>
    public static double Ratio(string a, string b) => Ratio(Py.CodePoints(a), Py.CodePoints(b));

    public static double Ratio(int[] a, int[] b)
    {
        var matches = new SequenceMatcher(a, b).MatchingBlocks().Sum(m => m.Size);
        var length = a.Length + b.Length;
        return length > 0 ? 2.0 * matches / length : 1.0;
    }

    public readonly record struct Match(int A, int B, int Size);

    /// <summary>get_matching_blocks() without the trailing sentinel and the merging of adjacent
    /// blocks, neither of which changes the total size.</summary>
    public List<Match> MatchingBlocks()
    {
        var queue = new Stack<(int Alo, int Ahi, int Blo, int Bhi)>();
        queue.Push((0, _a.Length, 0, _b.Length));
        var blocks = new List<Match>();
        while (queue.Count > 0)
        {
            var (alo, ahi, blo, bhi) = queue.Pop();
            var x = FindLongestMatch(alo, ahi, blo, bhi);
            var (i, j, k) = x;
            if (k == 0)
                continue;
            blocks.Add(x);
            if (alo < i && blo < j)
                queue.Push((alo, i, blo, j));
            if (i + k < ahi && j + k < bhi)
                queue.Push((i + k, ahi, j + k, bhi));
        }
        blocks.Sort((p, q) => (p.A, p.B, p.Size).CompareTo((q.A, q.B, q.Size)));
        return blocks;
    }

    /// <summary>find_longest_match: the longest block, earliest in a, then earliest in b.</summary>
    public Match FindLongestMatch(int alo, int ahi, int blo, int bhi)
    {
        int besti = alo, bestj = blo, bestsize = 0;
        for (var i = alo; i < ahi; i++)
        {
            var tick = ++_tick;
            var (curLen, curAt) = (_runLength[tick & 1], _writtenAt[tick & 1]);
            var (prevLen, prevAt) = (_runLength[(tick - 1) & 1], _writtenAt[(tick - 1) & 1]);
            if (!_b2j.TryGetValue(_a[i], out var js))
                continue;
            // Python skips the indices below blo one by one; a binary search lands on the same first one.
            var start = Array.BinarySearch(js, blo);
            for (var n = start < 0 ? ~start : start; n < js.Length; n++)
            {
                var j = js[n];
                if (j >= bhi)
                    break;
                var k = (i > alo && prevAt[j] == tick - 1 ? prevLen[j] : 0) + 1;
                curLen[j + 1] = k;
                curAt[j + 1] = tick;
                if (k > bestsize)
                    (besti, bestj, bestsize) = (i - k + 1, j - k + 1, k);
            }
        }

        // Python then extends the block over equal neighbours; with no junk these loops never
        // fire (the block is already maximal) but they are kept to stay a faithful port.
        while (besti > alo && bestj > blo && _a[besti - 1] == _b[bestj - 1])
            (besti, bestj, bestsize) = (besti - 1, bestj - 1, bestsize + 1);
        while (besti + bestsize < ahi && bestj + bestsize < bhi && _a[besti + bestsize] == _b[bestj + bestsize])
            bestsize++;
        return new Match(besti, bestj, bestsize);
    }
}
