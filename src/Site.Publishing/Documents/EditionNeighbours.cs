using System.Collections.Immutable;

namespace Site.Publishing.Documents;

/// <summary>Where an edition stands among the others: all a render needs beyond the edition itself.</summary>
/// <param name="Recent">The newest editions, for the home page's list.</param>
public sealed record EditionNeighbours(DateOnly? Previous, DateOnly? Next, bool IsLatest, ImmutableArray<DateOnly> Recent);
