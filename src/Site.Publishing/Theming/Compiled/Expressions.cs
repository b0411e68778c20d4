using System.Collections;
using Scriban.Runtime;

namespace Site.Publishing.Theming.Compiled;

/// <summary>A compiled expression: reads variables and members, never writes output.</summary>
internal abstract class Expression
{
    public abstract object? Evaluate(RenderState state);

    /// <summary>Scriban calls a function a variable or member names; the compiled subset has none to call.</summary>
    protected static object? NotAFunction(object? value) =>
        value is IScriptCustomFunction ? throw new Fallback("a function value") : value;
}

internal static class Truth
{
    /// <summary>Scriban's truth: null and false are false, everything else (0 and "" too) is true.</summary>
    public static bool Of(object? value) => value is bool b ? b : value is not null;

    public static readonly object True = true;
    public static readonly object False = false;

    public static object Box(bool value) => value ? True : False;
}

internal sealed class Constant(object? value) : Expression
{
    public override object? Evaluate(RenderState state) => value;
}

internal sealed class GlobalVariable(string name) : Expression
{
    public override object? Evaluate(RenderState state) => NotAFunction(state.GetGlobal(name));
}

internal sealed class LocalVariable(string name) : Expression
{
    public override object? Evaluate(RenderState state) => NotAFunction(state.GetLocal(name));
}

/// <summary><c>target.member</c>, read through the thread's Scriban member accessor, the compiled getter of
/// the last type seen here kept at the site (a page reads the same member of the same type thousands of times).</summary>
internal sealed class Member(Expression target, string name, bool nullConditional) : Expression
{
    private sealed record Site(Type Type, Func<object, object?> Getter);

    private Site? site;

    public override object? Evaluate(RenderState state)
    {
        var value = target.Evaluate(state);
        if (value is null) return nullConditional ? null : throw new Fallback($"member {name} of null");
        if (site is { } known && known.Type == value.GetType()) return NotAFunction(known.Getter(value));
        if (value is LoopState loop) return loop.Get(name);
        var accessor = state.Context.GetMemberAccessor(value);
        if (accessor is CompiledMemberAccessor compiled && compiled.Getter(name) is { } getter)
        {
            site = new Site(value.GetType(), getter);
            return NotAFunction(getter(value));
        }
        return accessor.TryGetValue(state.Context, default, value, name, out var read) ? NotAFunction(read)
            : throw new Fallback($"no member {name}");
    }
}

/// <summary><c>list[n]</c> on a list, <c>list[-1]</c> from its end, as Scriban reads a list; an index out of
/// range, a key, or a target other than a list is the interpreter's.</summary>
internal sealed class Index(Expression target, Expression index) : Expression
{
    public override object? Evaluate(RenderState state)
    {
        var value = target.Evaluate(state);
        var at = index.Evaluate(state);
        if (value is not IList list || value is IDictionary || at is not int i) throw new Fallback("an index other than a number into a list");
        if (i < 0) i += list.Count;
        return i >= 0 && i < list.Count ? NotAFunction(list[i]) : throw new Fallback($"index {i} out of range");
    }
}

/// <summary><c>-n</c> of an int (<c>list[-1]</c>); of anything else, the interpreter's.</summary>
internal sealed class Negate(Expression operand) : Expression
{
    public override object? Evaluate(RenderState state) =>
        operand.Evaluate(state) is int i and not int.MinValue ? -i : throw new Fallback("a negative of something other than an int");
}

internal sealed class Not(Expression operand) : Expression
{
    public override object? Evaluate(RenderState state) => Truth.Box(!Truth.Of(operand.Evaluate(state)));
}

internal sealed class And(Expression left, Expression right) : Expression
{
    public override object? Evaluate(RenderState state) =>
        Truth.Box(Truth.Of(left.Evaluate(state)) && Truth.Of(right.Evaluate(state)));
}

internal sealed class Or(Expression left, Expression right) : Expression
{
    public override object? Evaluate(RenderState state) =>
        Truth.Box(Truth.Of(left.Evaluate(state)) || Truth.Of(right.Evaluate(state)));
}

internal enum BinaryOperator { Equal, NotEqual, Greater, Less, GreaterOrEqual, LessOrEqual, Add, Subtract }

/// <summary>Comparisons and sums of the kinds Scriban treats simply: where either side is a string, both
/// sides as text (ordinal); a null beside anything else; two ints as numbers. Any other pair is the
/// interpreter's.</summary>
internal sealed class Binary(BinaryOperator op, Expression left, Expression right) : Expression
{
    public override object? Evaluate(RenderState state)
    {
        var a = left.Evaluate(state);
        var b = right.Evaluate(state);
        if (a is string || b is string)
        {
            if (a is char || b is char) throw new Fallback("a char operand");
            var x = state.Context.ObjectToString(a);
            var y = state.Context.ObjectToString(b);
            return op switch
            {
                BinaryOperator.Equal => Truth.Box(x == y),
                BinaryOperator.NotEqual => Truth.Box(x != y),
                BinaryOperator.Greater => Truth.Box(string.Compare(x, y, StringComparison.Ordinal) > 0),
                BinaryOperator.Less => Truth.Box(string.Compare(x, y, StringComparison.Ordinal) < 0),
                BinaryOperator.GreaterOrEqual => Truth.Box(string.Compare(x, y, StringComparison.Ordinal) >= 0),
                BinaryOperator.LessOrEqual => Truth.Box(string.Compare(x, y, StringComparison.Ordinal) <= 0),
                BinaryOperator.Add => (x ?? "") + (y ?? ""),
                _ => throw new Fallback($"{op} of strings"),
            };
        }
        if (a is null || b is null)
        {
            // Scriban's rules for a null beside anything but a string: equal only to null, never less or
            // greater, and null out of a sum.
            return op switch
            {
                BinaryOperator.Equal => Truth.Box(a is null && b is null),
                BinaryOperator.NotEqual => Truth.Box(!(a is null && b is null)),
                BinaryOperator.Add or BinaryOperator.Subtract => null,
                _ => Truth.False,
            };
        }
        if (a is int i && b is int j)
        {
            return op switch
            {
                BinaryOperator.Equal => Truth.Box(i == j),
                BinaryOperator.NotEqual => Truth.Box(i != j),
                BinaryOperator.Greater => Truth.Box(i > j),
                BinaryOperator.Less => Truth.Box(i < j),
                BinaryOperator.GreaterOrEqual => Truth.Box(i >= j),
                BinaryOperator.LessOrEqual => Truth.Box(i <= j),
                BinaryOperator.Add => Int((long)i + j),
                BinaryOperator.Subtract => Int((long)i - j),
                _ => throw new Fallback($"{op} of ints"),
            };
        }
        throw new Fallback($"{op} of {a?.GetType().Name ?? "null"} and {b?.GetType().Name ?? "null"}");
    }

    /// <summary>Past the int range Scriban widens the type; that is left to it.</summary>
    private static object Int(long value) => value is >= int.MinValue and <= int.MaxValue ? (int)value : throw new Fallback("int overflow");
}

/// <summary><c>list | array.size</c>.</summary>
internal sealed class ArraySize(Expression list) : Expression
{
    public override object? Evaluate(RenderState state) => list.Evaluate(state) switch
    {
        null => 0,
        ICollection collection => collection.Count,
        var other => throw new Fallback($"array.size of a {other.GetType().Name}"),
    };
}

/// <summary>The <c>for</c> object of a compiled loop, with the members Scriban's loop state answers.</summary>
internal sealed class LoopState(IEnumerable list)
{
    public int Index { get; set; }
    public bool IsLast { get; set; }
    public bool Changed { get; set; }

    private int Length => list is IList items ? items.Count : list.Cast<object?>().Count();

    public object? Get(string member) => member switch
    {
        "index" => Index,
        "first" => Truth.Box(Index == 0),
        "last" => Truth.Box(IsLast),
        "even" => Truth.Box((Index & 1) == 0),
        "odd" => Truth.Box((Index & 1) != 0),
        "changed" => Truth.Box(Changed),
        "length" => Length,
        "rindex" => Length - Index - 1,
        _ => throw new Fallback($"for.{member}"),
    };
}
