using System.Collections.Immutable;

namespace Site.Publishing.Views;

/// <summary>A listing of articles, newest first: a section, a kind, a person's work.</summary>
public sealed record ListingView(string Heading, string? Intro, ImmutableArray<ArticleLinkView> Items, PagerView Pager);

/// <summary>A directory of listings: all sections, all people.</summary>
public sealed record DirectoryView(string Heading, ImmutableArray<DirectoryGroupView> Groups);

public sealed record DirectoryGroupView(string Label, ImmutableArray<DirectoryEntryView> Entries);

public sealed record DirectoryEntryView(string Url, string Label, int Count);

/// <summary>往期: every year with editions.</summary>
public sealed record ArchiveView(ImmutableArray<ArchiveYearLinkView> Years, LinkView? Latest);

/// <param name="Months">The months with editions, newest first, each linked to its calendar on the year's page.</param>
public sealed record ArchiveYearLinkView(int Year, string Url, int Editions, ImmutableArray<ArchiveMonthLinkView> Months);

/// <summary>A month of the archive index: its calendar on the year's page, and how many editions it has.</summary>
public sealed record ArchiveMonthLinkView(string Url, string Label, int Editions);

/// <summary>One year of the archive as month calendars whose days link to editions: only the months that
/// have editions, newest first.</summary>
public sealed record ArchiveYearView(int Year, int Editions, ImmutableArray<MonthView> Months, LinkView? Previous, LinkView? Next);

/// <param name="Id">The calendar's fragment id on the year's page ("m08"), which the archive index links to.</param>
public sealed record MonthView(string Id, string Label, int Editions, ImmutableArray<WeekView> Weeks);

public sealed record WeekView(ImmutableArray<DayView> Days);

/// <summary>A calendar cell: empty (Day 0) outside the month; Url when that day has an edition.</summary>
public sealed record DayView(int Day, string? Url, string? Label);

/// <summary>The search page: where its script and the index's manifest are, and the way to the site's
/// root (the index stores article paths relative to the root).</summary>
public sealed record SearchView(string Script, string Manifest, string Root);
