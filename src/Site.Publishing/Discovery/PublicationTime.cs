using System.Globalization;

namespace Site.Publishing.Discovery;

/// <summary>When an edition counts as published: its date at 06:00 China Standard Time (+08:00), the
/// morning the printed paper reaches readers. Feeds, sitemaps and structured data take every date from
/// here, never from the build's clock or time zone, so the same input gives the same bytes.</summary>
public static class PublicationTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);
    public static readonly TimeOnly TimeOfDay = new(6, 0);

    public static DateTimeOffset Of(DateOnly date) => new(date.ToDateTime(TimeOfDay), Offset);

    /// <summary>RFC 3339 / ISO 8601 with the offset: "2025-08-04T06:00:00+08:00" (Atom, JSON Feed,
    /// sitemaps, schema.org).</summary>
    public static string Rfc3339(DateOnly date) => Of(date).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>RFC 822 as RSS 2.0 wants it: "Mon, 04 Aug 2025 06:00:00 +0800".</summary>
    public static string Rfc822(DateOnly date)
    {
        var at = Of(date);
        var day = at.DayOfWeek switch
        {
            DayOfWeek.Monday => "Mon", DayOfWeek.Tuesday => "Tue", DayOfWeek.Wednesday => "Wed", DayOfWeek.Thursday => "Thu",
            DayOfWeek.Friday => "Fri", DayOfWeek.Saturday => "Sat", _ => "Sun",
        };
        string[] months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        return string.Create(CultureInfo.InvariantCulture, $"{day}, {at.Day:00} {months[at.Month - 1]} {at.Year:0000} {at:HH:mm:ss} +0800");
    }
}
