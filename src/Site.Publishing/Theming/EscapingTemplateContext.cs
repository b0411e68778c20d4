using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

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

    /// <summary>Scriban's accessor for the object's type, its member reads compiled when it is one of reflection's
    /// (<see cref="CompiledMemberAccessor"/>). Made once per type and thread: Scriban keeps it.</summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var accessor = base.GetMemberAccessorImpl(target);
        return accessor is TypedObjectAccessor typed ? CompiledMemberAccessor.For(target.GetType(), typed, this) : accessor;
    }
}
