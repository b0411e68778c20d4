using System.Linq.Expressions;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace Site.Publishing.Theming;

/// <summary>Scriban's accessor for a .NET object (<see cref="TypedObjectAccessor"/>) with its member reads
/// compiled: it reads a property through <see cref="PropertyInfo.GetValue(object)"/>, a reflection call for
/// every <c>{{ view.x }}</c> of every page (some twelve million in a ten-year build). The members, their
/// names and everything but reading them stay Scriban's own.</summary>
internal sealed class CompiledMemberAccessor : IObjectAccessor
{
    private readonly IObjectAccessor inner;
    private readonly Dictionary<string, Func<object, object?>> getters;

    private CompiledMemberAccessor(IObjectAccessor inner, Dictionary<string, Func<object, object?>> getters) =>
        (this.inner, this.getters) = (inner, getters);

    /// <summary>An accessor with compiled reads for <paramref name="type"/>, or <paramref name="typed"/> as it
    /// is when the type has public fields (read as Scriban reads them) or its members are not the ones
    /// Scriban lists.</summary>
    public static IObjectAccessor For(Type type, TypedObjectAccessor typed, TemplateContext context)
    {
        if (type.GetFields(BindingFlags.Instance | BindingFlags.Public).Length > 0) return typed;
        var getters = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        // As Scriban lists them: the type's own properties, then its base types', the first of a name kept.
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            foreach (var property in t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly))
            {
                if (property.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is not null || property.GetMethod is not { IsPublic: true, IsStatic: false }
                    || property.GetIndexParameters().Length > 0 || context.MemberFilter is { } filter && !filter(property))
                    continue;
                var name = context.MemberRenamer(property) is { Length: > 0 } renamed ? renamed : property.Name;
                if (!getters.ContainsKey(name)) getters.Add(name, Getter(type, property));
            }
        var listed = typed.GetMembers(context, default, new object()).ToHashSet(StringComparer.Ordinal);
        return listed.SetEquals(getters.Keys) ? new CompiledMemberAccessor(typed, getters) : typed;
    }

    private static Func<object, object?> Getter(Type type, PropertyInfo property)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var read = Expression.Property(Expression.Convert(target, type), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), target).Compile();
    }

    /// <summary>The compiled read of <paramref name="member"/>, for a compiled template to keep.</summary>
    public Func<object, object?>? Getter(string member) => getters.GetValueOrDefault(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (getters.TryGetValue(member, out var getter))
        {
            value = getter(target);
            return true;
        }
        value = null;
        return false;
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => inner.GetMemberCount(context, span, target);

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => inner.GetMembers(context, span, target);

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => inner.HasMember(context, span, target, member);

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        inner.TrySetValue(context, span, target, member, value);

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) =>
        inner.TryGetItem(context, span, target, index, out value);

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) =>
        inner.TrySetItem(context, span, target, index, value);

    public bool HasIndexer => inner.HasIndexer;

    public Type? IndexType => inner.IndexType;
}
