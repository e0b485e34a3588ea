using Probes.Core.Records;

namespace Probes.Core.Rates;

/// <summary>
/// Whether and when a failed attempt is tried again. Exponential backoff with full jitter (a uniform draw between
/// zero and <c>base × 2^(attempt−1)</c>, capped) spreads the retries of many shards that failed together, so they do
/// not return in lockstep; the provider's Retry-After (or the refill of a window it reports spent) is a floor, never shortened by the jitter.
/// </summary>
public sealed class RetrySchedule(RetryOptions options)
{
    /// <summary>
    /// The wait before attempt <paramref name="attempts"/> + 1, or null to give up. <paramref name="elapsed"/> is the
    /// time since the item's first attempt began; <paramref name="jitter"/> is a uniform draw in [0, 1).
    /// </summary>
    public TimeSpan? NextDelay(int attempts, TimeSpan elapsed, RecordError? error, RateSignal signal, double jitter)
    {
        if (error is null || !ErrorKinds.IsTransient(error) || attempts >= options.MaxAttempts)
        {
            return null;
        }
        var ceiling = Math.Min(options.MaxDelay.Ticks, options.BaseDelay.Ticks * Math.Pow(2, Math.Min(attempts - 1, 30)));
        var delay = TimeSpan.FromTicks((long)(Math.Clamp(jitter, 0, 1) * ceiling));
        // Exact, not rounded: the caller waits with FullDelay, which never ends a wait early.
        if (signal.LongestNamedWait() is { } floor && floor > delay)
        {
            delay = floor;
        }
        return elapsed + delay > options.MaxItemTime ? null : delay;
    }

    /// <summary>What is left of an item's time budget after <paramref name="elapsed"/> (never negative).</summary>
    public TimeSpan Remaining(TimeSpan elapsed) => elapsed >= options.MaxItemTime ? TimeSpan.Zero : options.MaxItemTime - elapsed;
}
