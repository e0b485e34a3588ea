namespace Probes.Core.Rates;

/// <summary>
/// The requests-per-minute bucket and the optional tokens-per-minute bucket of one endpoint, asked together: a call
/// needs one request and its estimated tokens, so a grant is whatever both allow.
/// </summary>
public sealed class RateBuckets
{
    private readonly TokenBucket _requests;
    private readonly TokenBucket? _tokens;

    public RateBuckets(TimeProvider time, int requestsPerMinute, int? tokensPerMinute)
    {
        _requests = NewBucket(time, requestsPerMinute);
        _tokens = tokensPerMinute is { } tpm ? NewBucket(time, tpm) : null;
    }

    public double RequestBurst => _requests.Capacity;

    public double? TokenBurst => _tokens?.Capacity;

    /// <summary>
    /// The quantum worth granting for calls of <paramref name="cost"/> tokens (at most <paramref name="cap"/>, at most a
    /// burst of either bucket, at least one) and how many calls both buckets allow now (at most <paramref name="cap"/>).
    /// </summary>
    public (int Quantum, int Available) Grantable(int cap, long cost)
    {
        var quantum = Math.Min(cap, Math.Max(1, (int)_requests.Capacity));
        var available = (int)Math.Min(cap, Math.Floor(_requests.Level));
        if (_tokens is { } tokens && cost > 0)
        {
            quantum = Math.Min(quantum, Math.Max(1, (int)(tokens.Capacity / cost)));
            // A call costlier than the whole burst goes alone once the bucket is full, leaving it in debt.
            var byTokens = cost > tokens.Capacity ? (tokens.IsFull ? 1 : 0) : (int)Math.Floor(tokens.Level / cost);
            available = Math.Min(available, byTokens);
        }
        return (quantum, available);
    }

    /// <summary>
    /// How long until a <paramref name="quantum"/> is there for the last of <paramref name="queued"/> holders held back
    /// together: each is told to come back one quantum after the one before, not all when the first quantum is there.
    /// </summary>
    public TimeSpan WaitFor(int quantum, long cost, int queued)
    {
        var wait = _requests.TimeUntil((double)quantum * queued);
        if (_tokens is { } tokens && cost > 0)
        {
            // Tokens aim lower (half the burst): unused reservations are credited back later, and a bucket kept near
            // full would clip those credits at its capacity and lose them.
            var one = (double)quantum * cost;
            var tokenWait = tokens.TimeUntil(Math.Max(one, Math.Min(one * queued, tokens.Capacity / 2)));
            wait = tokenWait > wait ? tokenWait : wait;
        }
        return wait;
    }

    public void Take(int calls, long cost)
    {
        _requests.Take(calls);
        _tokens?.Take((double)calls * cost);
    }

    /// <summary>Reconciliation: gives back (or, when negative, charges) reserved tokens the calls did not (or did) use.</summary>
    public void CreditTokens(long tokens) => _tokens?.Credit(tokens);

    /// <summary>The provider said we were over its limit: the burst the buckets hold is not really there.</summary>
    public void Drain()
    {
        _requests.Drain();
        _tokens?.Drain();
    }

    private static TokenBucket NewBucket(TimeProvider time, int perMinute)
    {
        var perSecond = perMinute / 60.0;
        return new TokenBucket(time, perSecond * PermitGovernor.Headroom, Math.Max(1.0, perSecond * PermitGovernor.BurstWindow.TotalSeconds));
    }
}
