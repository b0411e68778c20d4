using System.Collections.Immutable;
using System.Reflection;
using Site.Parsing.Rules;
using Site.Publishing.Cache;

namespace Site.Publishing.Tests.Cache;

/// <summary>The parser key stands for every parser rule: two rules that differ in any one field, found by
/// reflection (so a field added later is covered without a word here), give two keys. A rule the key
/// left out would leave every cached parse stale after that rule changed.</summary>
public sealed class ParserKeyTests
{
    private static readonly ParserRules Rules = ParserRules.Create(["平湖发布"], ["^扫一扫"], ["言成声"], @"^\S{1,6}版$", ["导读"]);

    private static readonly PropertyInfo[] Properties = typeof(ParserRules).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    public static TheoryData<string> Fields() => [.. Properties.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Fields))]
    public void Rules_that_differ_only_in_one_field_have_different_keys(string field)
    {
        var changed = With(Rules, field);
        Assert.NotEqual(Rules, changed);
        Assert.NotEqual(BuildKeys.Parser(Rules), BuildKeys.Parser(changed));
    }

    [Fact]
    public void Equal_rules_have_equal_keys()
    {
        var again = ParserRules.Create(["平湖发布"], ["^扫一扫"], ["言成声"], @"^\S{1,6}版$", ["导读"]);
        Assert.Equal(BuildKeys.Parser(Rules), BuildKeys.Parser(again));
    }

    [Fact]
    public void Moving_a_value_from_one_field_to_another_changes_the_key()
    {
        var asLine = ParserRules.Create(["言成声"], [], [], @"^\S{1,6}版$", []);
        var asColumnist = ParserRules.Create([], [], ["言成声"], @"^\S{1,6}版$", []);
        Assert.NotEqual(BuildKeys.Parser(asLine), BuildKeys.Parser(asColumnist));
    }

    [Fact]
    public void Every_field_is_one_the_test_can_change()
    {
        // A field of a new kind fails here first: give Changed a value of that kind.
        Assert.NotEmpty(Properties);
        foreach (var property in Properties) Assert.NotNull(Changed(property.PropertyType, null));
    }

    /// <summary>The rules with one field changed and every other as it was, made through the record's
    /// constructor (its parameters are its fields).</summary>
    private static ParserRules With(ParserRules rules, string field)
    {
        var constructor = typeof(ParserRules).GetConstructors().Single(c => c.GetParameters().Length > 1);
        var arguments = constructor.GetParameters().Select(p =>
        {
            var value = typeof(ParserRules).GetProperty(p.Name!)!.GetValue(rules);
            return p.Name == field ? Changed(p.ParameterType, value) : value;
        }).ToArray();
        return (ParserRules)constructor.Invoke(arguments);
    }

    private static object Changed(Type type, object? value) => type switch
    {
        _ when type == typeof(ImmutableArray<string>) => ((ImmutableArray<string>?)value ?? []).Add("新加"),
        _ when type == typeof(ImmutableArray<Pattern>) => ((ImmutableArray<Pattern>?)value ?? []).Add(Pattern.Compile("^新加")),
        _ when type == typeof(Pattern) => Pattern.Compile(@"^\S{1,8}版$"),
        _ when type == typeof(string) => (string?)value + "新加",
        _ when type == typeof(bool) => !(bool)(value ?? false),
        _ when type == typeof(int) => (int)(value ?? 0) + 1,
        _ => throw new NotSupportedException($"a ParserRules field of type {type.Name}: teach the test to change one"),
    };
}
