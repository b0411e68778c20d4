namespace Site.Serve;

/// <summary>A counter that others can wait on: each <see cref="Pulse"/> moves it on and wakes every
/// waiter. A waiter names the generation it has seen, so a pulse between two waits is never missed.</summary>
public sealed class Generation
{
    private readonly Lock gate = new();
    private TaskCompletionSource next = NewSource();

    public int Current { get; private set; }

    public void Pulse()
    {
        TaskCompletionSource woken;
        lock (gate)
        {
            Current++;
            (woken, next) = (next, NewSource());
        }
        woken.SetResult();
    }

    /// <summary>Completes once the generation is past <paramref name="seen"/>; returns the new one.</summary>
    public async Task<int> WaitPastAsync(int seen, CancellationToken cancel)
    {
        while (true)
        {
            Task wake;
            lock (gate)
            {
                if (Current > seen) return Current;
                wake = next.Task;
            }
            await wake.WaitAsync(cancel).ConfigureAwait(false);
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
