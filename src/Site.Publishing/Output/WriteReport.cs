namespace Site.Publishing.Output;

/// <summary>What a build did to the output folder.</summary>
/// <param name="Written">Files new or changed, moved into place.</param>
/// <param name="Unchanged">Files produced with the bytes already on disk, left untouched (their mtime too).</param>
/// <param name="Deleted">Files of an earlier build that this one no longer produces.</param>
public sealed record WriteReport(int Written, int Unchanged, int Deleted);
