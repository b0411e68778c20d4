using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Site.Publishing.Documents;

namespace Site.Publishing.Filing;

/// <summary>What <see cref="EditionFiler"/> wrote.</summary>
/// <param name="ManifestKept">An edition.yml was already there (--force): it was left as it was, since
/// it may hold reviewed page names and corrections.</param>
public sealed record FilingResult(string Folder, ImmutableArray<string> PageFiles, string ManifestPath, bool ManifestKept);

/// <summary>Files raw pages into input/issues/YYYY-MM-DD/NN.txt (NN.pdf for a PDF), bytes unchanged, with a
/// starting edition.yml. An existing edition is never touched without <c>force</c>.</summary>
public static partial class EditionFiler
{
    /// <exception cref="InputException">The edition exists (and not <paramref name="force"/>), or a
    /// file cannot be written; the message names it.</exception>
    public static FilingResult File(FilingPlan plan, string issuesFolder, bool force)
    {
        var name = plan.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var folder = Path.Combine(issuesFolder, name);
        var single = Path.Combine(issuesFolder, name + ".txt");
        if (System.IO.File.Exists(single))
            throw new InputException(single, 0, InputCodes.Filing, $"already holds the edition of {name}", $"add pages to that file, or move it into {folder}/ first");
        if (Directory.Exists(folder) && !force)
            throw new InputException(folder, 0, InputCodes.Filing, $"the edition of {name} is already filed",
                "add --force to add these pages into it (pages of the same number are replaced, its edition.yml is kept)");

        var manifest = Path.Combine(folder, "edition.yml");
        var kept = System.IO.File.Exists(manifest);
        var written = ImmutableArray.CreateBuilder<string>();
        Write(folder, () => Directory.CreateDirectory(folder));
        foreach (var page in plan.Pages)
        {
            var target = Path.Combine(folder, page.FileName);
            if (Path.GetFullPath(page.SourcePath) != Path.GetFullPath(target))
                Write(target, () => System.IO.File.Copy(page.SourcePath, target, overwrite: true));
            // Another spelling of the same page number (2.txt beside 02.txt) would make two files for one page.
            foreach (var other in Directory.EnumerateFiles(folder).Where(f => f != target && SamePage(f, page.Number)))
                Write(other, () => System.IO.File.Delete(other));
            written.Add(target);
        }
        if (!kept) Write(manifest, () => System.IO.File.WriteAllText(manifest, ManifestDraft.Write(plan), new UTF8Encoding(false)));
        return new FilingResult(folder, written.ToImmutable(), manifest, kept);
    }

    private static bool SamePage(string file, int number) =>
        EditionSource.PageName.Match(Path.GetFileName(file)) is { Success: true } m
        && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) == number;

    private static void Write(string path, Action action)
    {
        try { action(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, 0, InputCodes.Filing, e.Message);
        }
    }
}
