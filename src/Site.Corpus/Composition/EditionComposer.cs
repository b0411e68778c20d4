using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Site.Corpus.Material;

namespace Site.Corpus.Composition;

/// <summary>What to generate: <see cref="Years"/> years of daily editions from <see cref="Start"/>.</summary>
public sealed record CorpusSpec(int Years, int Seed, DateOnly Start)
{
    public int Days => Start.AddYears(Years).DayNumber - Start.DayNumber;
}

/// <summary>Composes one day's edition: eight pages, ~6 articles each, a masthead on page 1.</summary>
public static class EditionComposer
{
    public static readonly ImmutableArray<string> Sections = ["要闻", "综合", "经济", "民生", "县域", "文化", "体育", "副刊"];

    private const double NarrowColumnPages = 0.15;
    private const double PhotoItems = 0.03;
    private const double Commentaries = 0.03;
    private const double NoiseBlocks = 0.05;

    /// <param name="day">Days after the corpus's start: the edition of start + day.</param>
    public static PlannedEdition Compose(SeedMaterial material, CorpusSpec spec, int day)
    {
        var date = spec.Start.AddDays(day);
        var issue = Masthead.FirstIssue(spec.Start) + day;
        // One generator per day, seeded from the corpus seed and the day: days can be made in any order,
        // in parallel, or alone (the benchmark's "one more edition"), and always come out the same.
        var random = new Random(DaySeed(spec.Seed, day));
        var composer = new ArticleComposer(material, random);
        var pages = ImmutableArray.CreateBuilder<PlannedPage>();
        for (var number = 1; number <= Sections.Length; number++)
            pages.Add(Page(number, date, issue, material, composer, random));
        return new(date, issue, pages.ToImmutable(), Manifest());
    }

    private static PlannedPage Page(int number, DateOnly date, int issue, SeedMaterial material, ArticleComposer composer, Random random)
    {
        var page = new RawPage(random.NextDouble() < NarrowColumnPages ? 26 : null);
        var noise = ImmutableArray.CreateBuilder<string>();
        void Noise(string block)
        {
            page.Block(block);
            noise.Add(block);
        }

        if (number == 1)
        {
            Noise(Masthead.Apps);
            Noise(Masthead.EditionName);
            Noise(Masthead.Block(date, issue));
        }
        var articles = ImmutableArray.CreateBuilder<PlannedArticle>();
        var count = random.Next(4, 9);
        for (var i = 0; i < count; i++)
        {
            page.Gap();
            var lead = number == 1 && i == 0;
            articles.Add(lead ? composer.News(page, lead: true) : random.NextDouble() switch
            {
                < PhotoItems => composer.Photo(page),
                < PhotoItems + Commentaries => composer.Commentary(page),
                _ => composer.News(page, lead: false),
            });
            if (random.NextDouble() < NoiseBlocks)
            {
                page.Gap();
                Noise(material.NoiseBlocks[random.Next(material.NoiseBlocks.Length)]);
            }
        }
        return new(number, page.ToString(), articles.ToImmutable(), noise.ToImmutable());
    }

    private static string Manifest()
    {
        var sb = new StringBuilder("pages:\n");
        for (var i = 0; i < Sections.Length; i++) sb.Append(CultureInfo.InvariantCulture, $"  {i + 1}: {Sections[i]}\n");
        return sb.ToString();
    }

    private static int DaySeed(int seed, int day)
    {
        unchecked
        {
            var h = (uint)seed * 0x9E3779B1u ^ (uint)day * 0x85EBCA6Bu;
            h ^= h >> 16;
            h *= 0x7FEB352Du;
            h ^= h >> 15;
            return (int)(h & 0x7FFFFFFF);
        }
    }
}
