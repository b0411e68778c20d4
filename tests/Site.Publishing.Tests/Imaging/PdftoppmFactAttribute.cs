using Site.Publishing.Imaging;

namespace Site.Publishing.Tests.Imaging;

/// <summary>A fact that needs poppler's pdftoppm: skipped, saying so, where it is missing — except on CI
/// (CI=true, as .ci/run sets it, which installs poppler-utils), where a missing pdftoppm fails the test.</summary>
public sealed class PdftoppmFactAttribute : FactAttribute
{
    public PdftoppmFactAttribute()
    {
        if (Pdftoppm.Find() is null && !OnCi)
            Skip = "skipped: pdftoppm is not installed (Debian: apt-get install poppler-utils); CI=true makes this a failure";
    }

    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>pdftoppm's path; on CI without it, a failure that says what to install.</summary>
    public static string Require() => Pdftoppm.Find()
        ?? throw new InvalidOperationException("CI=true and pdftoppm is missing: apt-get install poppler-utils");
}
