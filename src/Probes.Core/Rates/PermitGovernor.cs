namespace Probes.Core.Rates;

/// <summary>
/// The cluster-wide limits of one endpoint as a pure state machine: a requests-per-minute token bucket and a
/// max-in-flight count. Shards lease permits in batches and hand back finished slots with their next request,
/// so one governor serves many shards with a request per batch rather than per call.
/// </summary>
public sealed class PermitGovernor(TimeProvider time)
{
    /// <summary>A holder silent this long is presumed gone (its silo died); its in-flight slots are reclaimed.</summary>
    public static readonly TimeSpan HolderTimeout = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan s_busyPoll = TimeSpan.FromMilliseconds(20);

    private readonly Dictionary<string, Holder> _holders = new(StringComparer.Ordinal);
    private TokenBucket _bucket = new(time, 600);
    private int _maxInFlight = 8;

    public int InFlight { get; private set; }

    public void Configure(int requestsPerMinute, int maxInFlight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requestsPerMinute);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxInFlight);
        _bucket = new TokenBucket(time, requestsPerMinute);
        _maxInFlight = maxInFlight;
    }

    public (int Granted, TimeSpan RetryAfter) Lease(string holder, int wanted, int returned)
    {
        var now = time.GetTimestamp();
        ReclaimSilentHolders(now);
        if (!_holders.TryGetValue(holder, out var state))
        {
            state = new Holder();
            _holders[holder] = state;
        }
        state.LastSeen = now;

        var back = Math.Clamp(returned, 0, state.Outstanding);
        state.Outstanding -= back;
        InFlight -= back;

        var slots = _maxInFlight - InFlight;
        var tokens = _bucket.Available(now);
        var granted = Math.Max(0, Math.Min(wanted, Math.Min(slots, (int)tokens)));
        if (granted > 0)
        {
            _bucket.Take(granted);
            state.Outstanding += granted;
            InFlight += granted;
            return (granted, TimeSpan.Zero);
        }
        if (state.Outstanding == 0 && wanted == 0)
        {
            _holders.Remove(holder);
        }
        return (0, slots <= 0 ? s_busyPoll : _bucket.TimeUntil(1));
    }

    private void ReclaimSilentHolders(long now)
    {
        foreach (var (name, holder) in _holders)
        {
            if (time.GetElapsedTime(holder.LastSeen, now) > HolderTimeout)
            {
                InFlight -= holder.Outstanding;
                _holders.Remove(name);
            }
        }
    }

    private sealed class Holder
    {
        public int Outstanding;
        public long LastSeen;
    }

    /// <summary>
    /// Refills continuously at RPM/60 per second up to one second's worth (at least one token): the burst a
    /// provider's per-minute limit tolerates without a 429.
    /// </summary>
    private sealed class TokenBucket(TimeProvider time, int requestsPerMinute)
    {
        private readonly double _perSecond = requestsPerMinute / 60.0;
        private readonly double _capacity = Math.Max(1.0, requestsPerMinute / 60.0);
        private double _tokens = Math.Max(1.0, requestsPerMinute / 60.0);
        private long _last = time.GetTimestamp();

        public double Available(long now)
        {
            var elapsed = time.GetElapsedTime(_last, now).TotalSeconds;
            if (elapsed > 0)
            {
                _tokens = Math.Min(_capacity, _tokens + elapsed * _perSecond);
                _last = now;
            }
            return _tokens;
        }

        public void Take(int count) => _tokens -= count;

        public TimeSpan TimeUntil(double tokens) =>
            TimeSpan.FromSeconds(Math.Max(0.001, (tokens - _tokens) / _perSecond));
    }
}
