using Microsoft.Extensions.Time.Testing;
using Probes.Core.Rates;

namespace Probes.Core.Tests.Rates;

public sealed class FullDelayTests
{
    [Fact]
    public async Task A_timer_that_fires_early_is_topped_up_to_the_full_wait()
    {
        var time = new EarlyTimers(early: TimeSpan.FromMilliseconds(3));
        var wait = FullDelay.WaitAsync(TimeSpan.FromMilliseconds(200), time);

        time.Advance(TimeSpan.FromMilliseconds(197));
        Assert.False(wait.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(2));
        Assert.False(wait.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await wait.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_fraction_of_a_millisecond_is_waited_for_not_dropped()
    {
        var time = new FakeTimeProvider();
        var wait = FullDelay.WaitAsync(TimeSpan.FromMilliseconds(202.5), time);

        time.Advance(TimeSpan.FromMilliseconds(202.4));
        Assert.False(wait.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(0.6));
        await wait.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task No_wait_completes_at_once()
    {
        await FullDelay.WaitAsync(TimeSpan.Zero, new FakeTimeProvider()).WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Cancellation_ends_the_wait()
    {
        var time = new FakeTimeProvider();
        using var cancel = new CancellationTokenSource();
        var wait = FullDelay.WaitAsync(TimeSpan.FromSeconds(10), time, cancel.Token);

        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
    }

    /// <summary>A fake clock whose timers fire <c>early</c> before they are due, as a coarse system timer can.</summary>
    private sealed class EarlyTimers(TimeSpan early) : FakeTimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            base.CreateTimer(callback, state, dueTime > early ? dueTime - early : dueTime, period);
    }
}
