using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace Lede.Cli.Batch;

/// <summary>
/// Runs one function over every item of a batch on N threads and hands the results to a sink
/// strictly in input order. A failing item yields its error object in its place; nothing is dropped.
/// </summary>
public sealed class BatchRunner(int parallelism, TextWriter stderr)
{
    /// <summary>Batches at least this long show a progress bar (only when stderr is a terminal).</summary>
    public const int ProgressThreshold = 20;

    /// <summary>The outcome of one item: a JSON object, or an error message.</summary>
    public sealed record Outcome(InputItem Item, JsonObject? Result, string? Error, object? Value);

    /// <returns>The number of items that failed.</returns>
    public int Run(IReadOnlyList<InputItem> items, Func<InputItem, (JsonObject Json, object Value)> process, Action<Outcome> sink)
    {
        Outcome Safe(InputItem item)
        {
            try
            {
                var (json, value) = process(item);
                return new Outcome(item, json, null, value);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return new Outcome(item, null, ErrorMessages.Describe(e), null);
            }
        }

        var failures = 0;
        void Emit(Outcome o)
        {
            if (o.Error is not null) failures++;
            sink(o);
        }

        var showProgress = items.Count >= ProgressThreshold && !Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error);
        if (!showProgress)
        {
            RunOrdered(items, Safe, Emit, null);
            return failures;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask($"{items.Count:N0} inputs", maxValue: items.Count);
                RunOrdered(items, Safe, Emit, () => task.Increment(1));
            });
        return failures;
    }

    private void RunOrdered(IReadOnlyList<InputItem> items, Func<InputItem, Outcome> work, Action<Outcome> emit, Action? tick)
    {
        if (parallelism <= 1 || items.Count <= 1)
        {
            // One thread, really: no pool, no tasks.
            foreach (var item in items) { emit(work(item)); tick?.Invoke(); }
            return;
        }

        // Workers take items by index; the caller's thread emits them in order as they complete.
        // The window bounds memory: workers never run more than `window` items ahead of the writer.
        var window = parallelism * 4;
        var done = new Outcome?[items.Count];
        var next = -1;
        var emitted = 0;
        using var progressed = new SemaphoreSlim(0);
        using var room = new SemaphoreSlim(window);
        var workers = Enumerable.Range(0, parallelism).Select(_ => new Thread(() =>
        {
            while (true)
            {
                room.Wait();
                var i = Interlocked.Increment(ref next);
                if (i >= items.Count) { room.Release(); return; }
                Volatile.Write(ref done[i], work(items[i]));
                progressed.Release();
            }
        }, maxStackSize: 16 * 1024 * 1024) { IsBackground = true, Name = "lede-worker" }).ToList();
        workers.ForEach(t => t.Start());
        while (emitted < items.Count)
        {
            progressed.Wait();
            while (emitted < items.Count && Volatile.Read(ref done[emitted]) is { } outcome)
            {
                done[emitted] = null;
                emitted++;
                emit(outcome);
                tick?.Invoke();
                room.Release();
            }
        }
        workers.ForEach(t => t.Join());
    }
}
