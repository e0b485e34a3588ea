namespace Probes.Core.Rates;

/// <summary>
/// The cluster-wide limits of one endpoint as a pure state machine: a requests-per-minute bucket, an optional
/// tokens-per-minute bucket, and in-flight slots under an adaptive (AIMD) concurrency limit, behind a circuit breaker.
/// Shards lease permits in batches and hand back finished calls, with what the provider said about them, in their next
/// request, so one governor serves many shards on many silos.
/// </summary>
/// <remarks>
/// Lease traffic stays low: a holder denied by a bucket is told exactly when its next quantum (its fair share of the
/// concurrency, at most a second's burst) will be there, and holders denied together are told to come back one quantum
/// apart. A quantum costs about two lease calls (the grant, and the next request, told when to return), so at 3,000 RPM
/// with twelve holders sharing 64 slots the governor sees about 22 lease calls a second for 50 permits a second
/// (measured in PermitGovernorTests), and fewer as the fair share grows.
/// </remarks>
public sealed class PermitGovernor(TimeProvider time)
{
    /// <summary>A holder silent this long is presumed gone (its silo died); its in-flight slots are reclaimed.</summary>
    public static readonly TimeSpan HolderTimeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Each bucket holds this much of its rate (at least one request; for tokens, a costlier call is granted alone when
    /// the bucket is full), so in any window of <c>w</c> seconds at most <c>rate × w + burst</c> is granted.
    /// </summary>
    public static readonly TimeSpan BurstWindow = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The share of each stated rate the buckets refill at. A provider counts arrivals, and arrivals jitter by the
    /// network and the silos' scheduling; a governor granting exactly the limit would now and then be measured above it.
    /// </summary>
    public const double Headroom = 0.99;

    /// <summary>How long a holder held back by slots waits before asking again, if none of its own calls finishes first.</summary>
    public static readonly TimeSpan SlotPoll = TimeSpan.FromMilliseconds(100);

    private readonly Dictionary<string, Holder> _holders = new(StringComparer.Ordinal);
    private readonly ConcurrencyController _concurrency = new(time);
    private CircuitBreaker _circuit = new(time, CircuitSettings.Default);
    private RateBuckets _buckets = new(time, 600, null);
    private DateTimeOffset _pausedUntil;

    public int InFlight { get; private set; }

    public int EffectiveConcurrency => _concurrency.Limit;

    public CircuitState CircuitState => _circuit.State;

    /// <summary>Requests the bucket grants at once when full (<see cref="BurstWindow"/> of the rate, at least one).</summary>
    public double RequestBurst => _buckets.RequestBurst;

    public double? TokenBurst => _buckets.TokenBurst;

    public void Configure(int requestsPerMinute, int? tokensPerMinute, int maxInFlight, CircuitSettings? circuit = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requestsPerMinute);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tokensPerMinute ?? 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxInFlight);
        _buckets = new RateBuckets(time, requestsPerMinute, tokensPerMinute);
        _concurrency.Configure(maxInFlight);
        _circuit = new CircuitBreaker(time, circuit ?? CircuitSettings.Default);
    }

    /// <summary>
    /// Takes back <paramref name="returned"/> and grants up to <paramref name="wanted"/> calls, each reserving
    /// <paramref name="tokensPerCall"/> tokens (prompt estimate + max tokens) until its real usage comes back.
    /// </summary>
    public PermitDecision Lease(string holder, int wanted, long tokensPerCall, ReturnedCalls returned)
    {
        var now = time.GetUtcNow();
        ReclaimSilentHolders(now);
        if (!_holders.TryGetValue(holder, out var state))
        {
            state = new Holder();
            _holders[holder] = state;
        }
        state.LastSeen = now;
        state.Queued = false;
        TakeBack(state, returned);
        Adapt(now, returned);

        if (wanted <= 0)
        {
            if (state.Outstanding == 0)
            {
                _holders.Remove(holder);
            }
            return new PermitDecision(0, TimeSpan.Zero, PermitGate.None);
        }
        var allowed = _circuit.Allowance(wanted);
        if (allowed == 0)
        {
            return new PermitDecision(0, Positive(_circuit.RemainingBreak), PermitGate.CircuitOpen);
        }
        if (now < _pausedUntil)
        {
            return new PermitDecision(0, _pausedUntil - now, PermitGate.Paused);
        }

        var limit = _concurrency.Limit;
        var share = Math.Max(1, limit / _holders.Count);
        var cap = Math.Min(allowed, Math.Min(limit - InFlight, share - state.Outstanding));
        if (cap <= 0)
        {
            return new PermitDecision(0, SlotPoll, PermitGate.Slots);
        }

        var cost = Math.Max(0, tokensPerCall);
        // A holder waits for a useful quantum instead of picking up permits one by one as the buckets refill.
        var (quantum, available) = _buckets.Grantable(cap, cost);
        if (available < quantum)
        {
            state.Queued = true;
            // Holders already queued wait their turn first: the wait is staggered by the queue's length.
            var queued = _holders.Values.Count(h => h.Queued);
            return new PermitDecision(0, Positive(_buckets.WaitFor(quantum, cost, queued)), PermitGate.Rate);
        }

        _buckets.Take(available, cost);
        _circuit.Granted(available);
        state.Outstanding += available;
        state.TokensOutstanding += available * cost;
        InFlight += available;
        return new PermitDecision(available, TimeSpan.Zero, PermitGate.None);
    }

    /// <summary>Frees the returned slots and reconciles the token bucket with what the calls really used.</summary>
    private void TakeBack(Holder state, ReturnedCalls returned)
    {
        var back = Math.Clamp(returned.Returned, 0, state.Outstanding);
        state.Outstanding -= back;
        InFlight -= back;
        var reserved = Math.Clamp(returned.TokensReserved, 0, state.TokensOutstanding);
        state.TokensOutstanding -= reserved;
        _buckets.CreditTokens(reserved - Math.Max(0, returned.TokensUsed));
    }

    /// <summary>Reacts to what the provider said: throttling halves concurrency and pauses, faults feed the circuit.</summary>
    private void Adapt(DateTimeOffset now, ReturnedCalls returned)
    {
        if (returned.Throttled > 0)
        {
            _concurrency.Throttled(returned.RetryAfter);
            _buckets.Drain();
        }
        else
        {
            _concurrency.Succeeded(returned.Succeeded);
        }
        if (returned.Signal.LongestNamedWait() is { } wait)
        {
            PauseUntil(now + wait);
        }
        _circuit.Record(returned.Completed, returned.ServerFaults);
    }

    private void PauseUntil(DateTimeOffset until)
    {
        if (until > _pausedUntil)
        {
            _pausedUntil = until;
        }
    }

    private void ReclaimSilentHolders(DateTimeOffset now)
    {
        foreach (var (name, holder) in _holders)
        {
            if (now - holder.LastSeen > HolderTimeout)
            {
                InFlight -= holder.Outstanding;
                _holders.Remove(name);
            }
        }
    }

    private static TimeSpan Positive(TimeSpan wait) => wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1);

    private sealed class Holder
    {
        public int Outstanding;
        public long TokensOutstanding;
        public bool Queued;
        public DateTimeOffset LastSeen;
    }
}
