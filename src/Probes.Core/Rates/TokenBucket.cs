namespace Probes.Core.Rates;

/// <summary>
/// A continuously refilling bucket: <see cref="PerSecond"/> units a second up to <see cref="Capacity"/>. The capacity
/// is the burst the limit tolerates; the level may go below zero (a debt) when one unit of work costs more than the
/// whole burst, and the debt is repaid by refill before anything else is taken, so the long-run rate still holds.
/// A new bucket starts empty: whoever held the limit before (an earlier activation of the same governor) may just
/// have spent the burst, so the first second grants no more than the rate.
/// </summary>
public sealed class TokenBucket
{
    private readonly TimeProvider _time;
    private double _level;
    private long _last;

    public TokenBucket(TimeProvider time, double perSecond, double capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _time = time;
        PerSecond = perSecond;
        Capacity = capacity;
        _level = 0;
        _last = time.GetTimestamp();
    }

    public double PerSecond { get; }

    public double Capacity { get; }

    /// <summary>The level now (refilled up to this instant).</summary>
    public double Level
    {
        get
        {
            var now = _time.GetTimestamp();
            var elapsed = _time.GetElapsedTime(_last, now).TotalSeconds;
            _last = now;
            if (elapsed > 0)
            {
                _level = Math.Min(Capacity, _level + elapsed * PerSecond);
            }
            return _level;
        }
    }

    public bool IsFull => Level >= Capacity;

    public void Take(double amount) => _level = Level - amount;

    /// <summary>Gives back (or, when negative, charges) the difference between what was reserved and what was used.</summary>
    public void Credit(double amount) => _level = Math.Min(Capacity, Level + amount);

    /// <summary>Empties the bucket: the provider said we were over its limit, so the burst is not ours to spend.</summary>
    public void Drain() => _level = Math.Min(Level, 0);

    /// <summary>Exactly how long until <paramref name="amount"/> units are available (zero when they are now).</summary>
    public TimeSpan TimeUntil(double amount)
    {
        var missing = Math.Min(amount, Capacity) - Level;
        // Rounded up to the next tick, so a holder that waits exactly this long finds the amount there.
        return missing <= 0 ? TimeSpan.Zero : TimeSpan.FromTicks((long)Math.Ceiling(missing / PerSecond * TimeSpan.TicksPerSecond));
    }
}
