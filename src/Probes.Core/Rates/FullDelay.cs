namespace Probes.Core.Rates;

/// <summary>
/// A wait that lasts at least as long as asked, by the provider's monotonic clock. Timers count whole milliseconds,
/// dropping the rest, and fire on the ticks of a coarse clock, so a plain delay can end a few milliseconds early
/// (up to 4.2 ms measured on Linux here). A retry sent that early breaks the provider's Retry-After, and a holder the
/// governor told to come back when its quantum is there finds it a fraction short and spends a lease call for nothing.
/// </summary>
public static class FullDelay
{
    public static async Task WaitAsync(TimeSpan wait, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var start = time.GetTimestamp();
        for (var left = wait; left > TimeSpan.Zero; left = wait - time.GetElapsedTime(start))
        {
            await Task.Delay(WholeMilliseconds(left), time, cancellationToken);
        }
    }

    private static TimeSpan WholeMilliseconds(TimeSpan wait) => TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds));
}
