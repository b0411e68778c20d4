namespace Site.Publishing.Theming.Compiled;

/// <summary>One scope's variables in the order they were set. Scopes hold a handful (a loop's variable and
/// <c>for</c>, an include's named arguments), where a linear search by name beats hashing.</summary>
internal sealed class Store
{
    private string[] names = new string[4];
    private object?[] values = new object?[4];
    private bool[] readOnly = new bool[4];
    private int count;

    public bool TryGet(string name, out object? value)
    {
        var i = IndexOf(name);
        value = i < 0 ? null : values[i];
        return i >= 0;
    }

    /// <summary>Sets or replaces a variable; false when it exists read-only (Scriban refuses that write).</summary>
    public bool Set(string name, object? value, bool asReadOnly = false)
    {
        if (IndexOf(name) is var i and >= 0)
        {
            if (readOnly[i]) return false;
            (values[i], readOnly[i]) = (value, asReadOnly);
            return true;
        }
        if (count == names.Length)
        {
            Array.Resize(ref names, count * 2);
            Array.Resize(ref values, count * 2);
            Array.Resize(ref readOnly, count * 2);
        }
        (names[count], values[count], readOnly[count]) = (name, value, asReadOnly);
        count++;
        return true;
    }

    public void Clear()
    {
        Array.Clear(values, 0, count);   // let the views go
        count = 0;
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < count; i++)
            if (string.Equals(names[i], name, StringComparison.Ordinal)) return i;
        return -1;
    }
}

/// <summary>A variable context as Scriban keeps one: its own store and a store per enclosing loop (Scriban's
/// global contexts hold a loop's <c>for</c> and its variable; local contexts a loop's <c>$variable</c>).</summary>
internal sealed class VariableContext
{
    public Store Store { get; } = new();
    private readonly List<Store> loops = [];

    public int LoopCount => loops.Count;

    public void PushLoop(Store store) => loops.Add(store);

    public Store PopLoop()
    {
        var store = loops[^1];
        loops.RemoveAt(loops.Count - 1);
        return store;
    }

    /// <summary>The innermost loop's store first, then the context's own, as Scriban reads.</summary>
    public bool TryGet(string name, out object? value)
    {
        for (var i = loops.Count - 1; i >= 0; i--)
            if (loops[i].TryGet(name, out value)) return true;
        return Store.TryGet(name, out value);
    }

    public void Clear()
    {
        Store.Clear();
        loops.Clear();
    }
}
