using Probes.Core.Records;

namespace Probes.Core.Rates;

/// <summary>
/// Collects the outcome of each finished call until the holder's next lease request drains it. Thread-safe: calls
/// finish concurrently.
/// </summary>
public sealed class ReturnedCallsTally
{
    private readonly Lock _lock = new();
    private ReturnedCalls _pending = ReturnedCalls.None;

    /// <summary>A call made with a permit that reserved <paramref name="tokensReserved"/> tokens.</summary>
    public void AddCall(long tokensReserved, long? tokensUsed, RecordError? error, RateSignal signal) => Add(new ReturnedCalls
    {
        Returned = 1,
        Completed = 1,
        Succeeded = error is null ? 1 : 0,
        Throttled = error?.Kind == ErrorKinds.RateLimited ? 1 : 0,
        ServerFaults = error is not null && ErrorKinds.IsServerFault(error) ? 1 : 0,
        TokensReserved = tokensReserved,
        // Without reported usage the reservation stands: the governor must never under-count.
        TokensUsed = tokensUsed ?? tokensReserved,
        RetryAfter = signal.RetryAfter,
        RemainingRequests = signal.RemainingRequests,
        RequestsResetIn = signal.RequestsResetIn,
        RemainingTokens = signal.RemainingTokens,
        TokensResetIn = signal.TokensResetIn,
    });

    /// <summary>Permits leased but never used: their slots and whole reservation come back.</summary>
    public void AddUnused(int permits, long tokensReserved) =>
        Add(new ReturnedCalls { Returned = permits, TokensReserved = tokensReserved });

    /// <summary>Also puts back what a failed lease request could not deliver, so no slot or credit is lost.</summary>
    public void Add(ReturnedCalls calls)
    {
        lock (_lock)
        {
            _pending = _pending.Plus(calls);
        }
    }

    public ReturnedCalls Drain()
    {
        lock (_lock)
        {
            var drained = _pending;
            _pending = ReturnedCalls.None;
            return drained;
        }
    }
}
