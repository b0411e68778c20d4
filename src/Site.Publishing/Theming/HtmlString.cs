namespace Site.Publishing.Theming;

/// <summary>Markup the site produced itself (a rendered partial or layout body). Only values of this
/// type reach the page unescaped; every other value a template writes is HTML-escaped.</summary>
public sealed record HtmlString(string Value)
{
    public override string ToString() => Value;
}
