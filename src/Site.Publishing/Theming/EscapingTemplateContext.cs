using Scriban;
using Scriban.Parsing;

namespace Site.Publishing.Theming;

/// <summary>Scriban never escapes; this context escapes every value a template writes, unless it is an
/// <see cref="HtmlString"/>. A template cannot forget to escape text from a raw issue.</summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case HtmlString html:
                Write(html.Value);
                return this;
            case PageBody body:
                body.WriteTo(this);
                return this;
            default:
                var text = ObjectToString(textAsObject);
                if (text is not null) Write(HtmlEscape.Text(text));
                return this;
        }
    }
}
