using System.Security.Cryptography;
using System.Text;

namespace Site.Publishing.Cache;

/// <summary>A cache file that knows whether it is whole: a first line with the format and the SHA-256 of
/// the rest. A truncated, edited or foreign file reads as absent, so a damaged cache is never trusted.
/// Written to a temporary name and renamed, so a build killed mid-write leaves no half file.</summary>
public static class SealedFile
{
    private const string Magic = "site-cache";

    public static void Write(string path, string format, ReadOnlySpan<byte> payload)
    {
        var header = Encoding.ASCII.GetBytes($"{Magic} {format} {Convert.ToHexStringLower(SHA256.HashData(payload))}\n");
        var temporary = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                stream.Write(header);
                stream.Write(payload);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);   // a full disk must not leave half files behind
            throw;
        }
    }

    /// <returns>The payload, or null when the file is missing, of another format, or damaged.</returns>
    public static byte[]? Read(string path, string format)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        var newline = Array.IndexOf(bytes, (byte)'\n');
        if (newline < 0) return null;
        var header = Encoding.ASCII.GetString(bytes, 0, newline).Split(' ');
        if (header is not [Magic, var f, var hash] || f != format) return null;
        var payload = bytes.AsSpan(newline + 1);
        return Convert.ToHexStringLower(SHA256.HashData(payload)) == hash ? payload.ToArray() : null;
    }
}
