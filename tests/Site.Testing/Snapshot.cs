using System.Runtime.CompilerServices;
using System.Text;

namespace Site.Testing;

/// <summary>Snapshot testing with Verify's conventions: <c>Class.Method.verified.ext</c> beside the test
/// file holds the approved output; a mismatch (or a missing snapshot) writes <c>.received.ext</c> and
/// fails. Approve by moving received onto verified. Text is compared as UTF-8 with LF endings.</summary>
public static class Snapshot
{
    public static void Verify(string actual, string extension = "txt", string? name = null,
        [CallerFilePath] string testFile = "", [CallerMemberName] string method = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        var stem = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(testFile)}.{name ?? method}");
        var verified = $"{stem}.verified.{extension}";
        var received = $"{stem}.received.{extension}";
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (File.Exists(verified) && File.ReadAllText(verified, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal) == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        Directory.CreateDirectory(folder);
        File.WriteAllText(received, actual, new UTF8Encoding(false));
        Assert.Fail(File.Exists(verified)
            ? $"{Path.GetFileName(received)} differs from the approved snapshot; compare them and move received onto verified to approve"
            : $"new snapshot {Path.GetFileName(received)}; check it and rename it to .verified.{extension} to approve");
    }
}
