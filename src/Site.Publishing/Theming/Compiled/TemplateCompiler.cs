using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Site.Publishing.Theming.Compiled;

/// <summary>Turns a parsed Scriban template into <see cref="Statement"/>s and <see cref="Expression"/>s that
/// write the same text as Scriban's interpreter, minus its per-node dispatch, scope searches and casts.
/// It takes the part of the language a theme needs (text, values, member chains, list[n], if/else, for, include as
/// a statement, assignments, !, &amp;&amp;, ||, comparisons, + and -, <c>| array.size</c>, for's offset,
/// limit and reversed) and refuses the
/// rest with the place it met it; a theme with anything refused is interpreted as before.</summary>
internal sealed class TemplateCompiler(IReadOnlyDictionary<string, CompiledTemplate> templates, IReadOnlySet<string> builtins)
{
    public Statement Compile(Template template)
    {
        if (template.Page is not { } page) return Compiled.Block.Empty;
        if (page.FrontMatter is not null) throw Refuse(page.FrontMatter, "front matter");
        return page.Body is null ? Compiled.Block.Empty : Block(page.Body);
    }

    /// <summary>A block's statements, each with the indent Scriban gives it: a {{ with spaces before it on
    /// its line indents what is written after each new line until its }}, and after the }} (the text of an
    /// if or a for's body included) the indent the block began with holds again.</summary>
    private Block Block(ScriptBlockStatement block)
    {
        var statements = new List<Indented>();
        var (inherits, indent) = (true, (string?)null);
        foreach (var statement in block.Statements)
        {
            if (statement is ScriptEscapeStatement escape)
                (inherits, indent) = escape.IsEntering ? (false, escape.Indent) : (true, null);
            if (statement.CanSkipEvaluation) continue;
            if (Statement(statement) is { } compiled) statements.Add(new Indented(compiled, inherits, indent));
        }
        return statements.Count == 0 ? Compiled.Block.Empty : new Block([.. statements]);
    }

    private Statement? Statement(ScriptStatement statement) => statement switch
    {
        ScriptRawStatement raw => raw.Text.Length == 0 || string.IsNullOrEmpty(raw.Text.FullText) ? null : new Text(raw.Text.ToString()),
        ScriptExpressionStatement { Expression: ScriptAssignExpression assign } => Assign(assign),
        ScriptExpressionStatement { Expression: ScriptFunctionCall call } when IsInclude(call) => Include(call),
        ScriptExpressionStatement { Expression: { } expression } => new WriteValue(Expression(expression)),
        ScriptIfStatement ifStatement when ifStatement.GetType() == typeof(ScriptIfStatement) => If(ifStatement),
        ScriptForStatement loop when loop.GetType() == typeof(ScriptForStatement) => For(loop),
        _ => throw Refuse(statement, "this statement"),
    };

    private If If(ScriptIfStatement statement)
    {
        var condition = Expression(statement.Condition ?? throw Refuse(statement, "an if without a condition"));
        var then = statement.Then is null ? Compiled.Block.Empty : Block(statement.Then);
        Statement? otherwise = statement.Else switch
        {
            null => null,
            ScriptElseStatement { Body: var body } e when e.GetType() == typeof(ScriptElseStatement) => body is null ? null : Block(body),
            ScriptIfStatement elseIf when elseIf.GetType() == typeof(ScriptIfStatement) => If(elseIf),
            var other => throw Refuse(other, "this else"),
        };
        return new If(condition, then, otherwise);
    }

    private For For(ScriptForStatement loop)
    {
        if (loop.Else is not null) throw Refuse(loop, "a for with else");
        Expression? offset = null, limit = null;
        var reversed = false;
        foreach (var option in loop.NamedArguments ?? [])
            switch (option.Name?.Name)
            {
                case "offset" when option.Value is { } value: offset = Expression(value); break;
                case "limit" when option.Value is { } value: limit = Expression(value); break;
                case "reversed": reversed = true; break;
                default: throw Refuse(option, "this option of for");
            }
        var (name, local) = loop.Variable switch
        {
            ScriptVariableGlobal g => (Bindable(g), false),
            ScriptVariableLocal l => (Bindable(l), true),
            _ => throw Refuse(loop, "a for over something other than one variable"),
        };
        var source = Expression(loop.Iterator ?? throw Refuse(loop, "a for without a list"));
        var options = offset is null && limit is null && !reversed ? null : new LoopOptions(offset, limit, reversed);
        return new For(name, local, source, options, loop.Body is null ? Compiled.Block.Empty : Block(loop.Body));
    }

    private Statement Assign(ScriptAssignExpression assign)
    {
        if (assign.EqualToken.TokenType != TokenType.Equal) throw Refuse(assign, "an assignment other than =");
        var value = Expression(assign.Value ?? throw Refuse(assign, "an assignment without a value"));
        return assign.Target switch
        {
            ScriptVariableGlobal g => new AssignGlobal(Bindable(g), value),
            ScriptVariableLocal l => new AssignLocal(Bindable(l), value),
            _ => throw Refuse(assign, "an assignment to something other than a variable"),
        };
    }

    private static bool IsInclude(ScriptFunctionCall call) => call.Target is ScriptVariableGlobal { Name: "include" };

    private Include Include(ScriptFunctionCall call)
    {
        if (call.Arguments.Count == 0 || call.Arguments[0] is not ScriptLiteral { Value: string name }) throw Refuse(call, "an include whose template is not named in quotes");
        if (!templates.TryGetValue(name, out var partial)) throw Refuse(call, $"an include of {name}, which the theme does not have");
        var names = new List<string>();
        var values = new List<Expression>();
        foreach (var argument in call.Arguments.Skip(1))
        {
            if (argument is not ScriptNamedArgument { Name.Name: { Length: > 0 } argumentName, Value: { } value }) throw Refuse(argument, "an include argument without a name and a value");
            names.Add("$" + argumentName);   // a local variable's name in Scriban's stores
            values.Add(Expression(value));
        }
        return new Include(partial, [.. names], [.. values]);
    }

    private Expression Expression(ScriptExpression expression) => expression switch
    {
        ScriptLiteral { Value: null or string or int or bool } literal => new Constant(literal.Value),
        ScriptVariableGlobal g => new GlobalVariable(Bindable(g)),
        ScriptVariableLocal l => new LocalVariable(Bindable(l)),
        ScriptNestedExpression { Expression: { } inner } => Expression(inner),
        ScriptMemberExpression { Target: { } target, Member.Name: { Length: > 0 } name } member =>
            new Member(Expression(target), name, member.DotToken.TokenType == TokenType.QuestionDot),
        ScriptIndexerExpression { Target: { } target, Index: { } index } => new Index(Expression(target), Expression(index)),
        ScriptUnaryExpression { Operator: ScriptUnaryOperator.Not, Right: { } operand } => new Not(Expression(operand)),
        ScriptUnaryExpression { Operator: ScriptUnaryOperator.Negate, Right: { } operand } => new Negate(Expression(operand)),
        ScriptBinaryExpression { Left: { } left, Right: { } right } binary => Binary(binary, Expression(left), Expression(right)),
        ScriptPipeCall { From: { } from, To: var to } when IsArraySize(to) => new ArraySize(Expression(from)),
        _ => throw Refuse(expression, "this expression"),
    };

    /// <summary><c>array.size</c> as a pipe's end, which Scriban parses as a call without arguments.</summary>
    private static bool IsArraySize(ScriptExpression? to) => to switch
    {
        ScriptFunctionCall { Target: var target, Arguments.Count: 0 } => IsArraySize(target),
        ScriptMemberExpression { Target: ScriptVariableGlobal { Name: "array" }, Member.Name: "size" } => true,
        _ => false,
    };

    private Expression Binary(ScriptBinaryExpression binary, Expression left, Expression right) => binary.Operator switch
    {
        ScriptBinaryOperator.And => new And(left, right),
        ScriptBinaryOperator.Or => new Or(left, right),
        ScriptBinaryOperator.CompareEqual => new Binary(BinaryOperator.Equal, left, right),
        ScriptBinaryOperator.CompareNotEqual => new Binary(BinaryOperator.NotEqual, left, right),
        ScriptBinaryOperator.CompareGreater => new Binary(BinaryOperator.Greater, left, right),
        ScriptBinaryOperator.CompareLess => new Binary(BinaryOperator.Less, left, right),
        ScriptBinaryOperator.CompareGreaterOrEqual => new Binary(BinaryOperator.GreaterOrEqual, left, right),
        ScriptBinaryOperator.CompareLessOrEqual => new Binary(BinaryOperator.LessOrEqual, left, right),
        ScriptBinaryOperator.Add => new Binary(BinaryOperator.Add, left, right),
        ScriptBinaryOperator.Subtract => new Binary(BinaryOperator.Subtract, left, right),
        _ => throw Refuse(binary, "this operator"),
    };

    /// <summary>A name the compiled scopes can hold, read or bound (a local's with its $, as Scriban stores
    /// it): not $ or $0 (the include's arguments), and no global a builtin (string, date, …) holds, which
    /// would be a function or object of Scriban's own.</summary>
    private string Bindable(ScriptVariable variable) =>
        variable is ScriptVariableGlobal && builtins.Contains(variable.Name) ? throw Refuse(variable, $"the builtin {variable.Name}")
        : variable.BaseName is not { Length: > 0 } name || char.IsAsciiDigit(name[0]) ? throw Refuse(variable, $"the variable {variable}")
        : variable.Name;

    private static NotCompilable Refuse(ScriptNode node, string what) =>
        new($"{Where(node.Span)}: {what} (`{Shorten(node.ToString() ?? "")}`) is outside what the template compiler takes");

    private static string Where(SourceSpan span) => $"{span.FileName}({span.Start.Line + 1},{span.Start.Column + 1})";

    private static string Shorten(string text)
    {
        text = text.ReplaceLineEndings(" ").Trim();
        return text.Length > 60 ? text[..57] + "..." : text;
    }
}
