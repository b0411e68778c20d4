using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;

namespace Site.Parsing.Pdf;

/// <summary>A PDF of several pages (a whole edition) cut into one PDF per page, as pages are filed.</summary>
public static class PdfPages
{
    /// <summary>How many pages <paramref name="pdf"/> has.</summary>
    /// <exception cref="PdfReadException">Not a readable PDF.</exception>
    public static int Count(byte[] pdf)
    {
        try
        {
            using var document = PdfDocument.Open(pdf);
            return document.NumberOfPages;
        }
        catch (Exception e) when (e is not PdfReadException)
        {
            throw new PdfReadException($"not a readable PDF ({e.Message})");
        }
    }

    /// <summary>Each page of <paramref name="pdf"/> as a PDF of its own, in order; a PDF of one page is itself.</summary>
    /// <exception cref="PdfReadException">Not a readable PDF.</exception>
    public static IReadOnlyList<byte[]> Split(byte[] pdf)
    {
        var count = Count(pdf);
        if (count == 1) return [pdf];
        try
        {
            return [.. Enumerable.Range(1, count).Select(page => PdfMerger.Merge([pdf], [[page]]))];
        }
        catch (Exception e)
        {
            throw new PdfReadException($"cannot cut the PDF into pages ({e.Message})");
        }
    }
}
