using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Scp.Sdk.Tests.Support;

/// <summary>
/// A fake clock that notices every delay timer created and, in <see cref="RunAsync{T}"/>, advances time by exactly that
/// delay once it is scheduled: deterministic, no wall-clock waiting.
/// </summary>
internal sealed class SteppingTimeProvider : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _created = Channel.CreateUnbounded<TimeSpan>();
    private readonly List<TimeSpan> _delays = [];

    public SteppingTimeProvider()
        : base(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000))
    {
    }

    /// <summary>Every finite delay timer created, in order.</summary>
    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (_delays)
            {
                return [.. _delays];
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan && dueTime > TimeSpan.Zero)
        {
            lock (_delays)
            {
                _delays.Add(dueTime);
            }

            _created.Writer.TryWrite(dueTime);
        }

        return timer;
    }

    /// <summary>Runs <paramref name="task"/> to completion, advancing the clock by each delay as it is scheduled.</summary>
    public async Task<T> RunAsync<T>(Task<T> task)
    {
        while (!task.IsCompleted)
        {
            var next = _created.Reader.WaitToReadAsync().AsTask();
            if (await Task.WhenAny(task, next) == task)
            {
                break;
            }

            while (_created.Reader.TryRead(out var due))
            {
                Advance(due);
            }
        }

        return await task;
    }
}
