using Site.Corpus.Typesetting;

namespace Site.Corpus.Tests;

/// <summary>A fact that typesets: it needs chromium (with CJK fonts) and poppler's pdftotext. Skipped, saying so,
/// where either is missing, except on CI (CI=true, as .ci/run sets it, which installs both), where it fails.</summary>
public sealed class TypesetterFactAttribute : FactAttribute
{
    public TypesetterFactAttribute()
    {
        if (Missing() is { } missing && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Skip = $"skipped: {missing}; CI=true makes this a failure";
    }

    private static string? Missing()
    {
        try
        {
            PdfPrinter.Find(Path.GetTempPath());
            return null;
        }
        catch (InvalidOperationException e)
        {
            return e.Message;
        }
    }
}
