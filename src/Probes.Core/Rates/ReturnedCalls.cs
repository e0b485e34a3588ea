namespace Probes.Core.Rates;

/// <summary>
/// What a holder hands back to the governor with its next lease request: the permits it no longer holds and what the
/// calls made with them said about the endpoint. Aggregated by the holder (see <see cref="ReturnedCallsTally"/>) so
/// one lease request carries the outcome of many calls.
/// </summary>
public sealed record ReturnedCalls
{
    public static ReturnedCalls None { get; } = new();

    /// <summary>Permits handed back, used or not: their in-flight slots come free.</summary>
    public int Returned { get; init; }

    /// <summary>Calls that reached the endpoint and came back (every returned permit minus the unused ones).</summary>
    public int Completed { get; init; }

    public int Succeeded { get; init; }

    /// <summary>Calls answered with 429 (or a provider's own "slow down").</summary>
    public int Throttled { get; init; }

    /// <summary>Calls that failed because the endpoint is unwell (5xx, timeout, connection).</summary>
    public int ServerFaults { get; init; }

    /// <summary>Tokens the governor charged for these permits when it granted them.</summary>
    public long TokensReserved { get; init; }

    /// <summary>Tokens the provider reported as used; a call without reported usage counts its reservation.</summary>
    public long TokensUsed { get; init; }

    /// <summary>The longest Retry-After among the calls.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The lowest remaining-requests count the provider reported, with when that window resets.</summary>
    public int? RemainingRequests { get; init; }

    public TimeSpan? RequestsResetIn { get; init; }

    public int? RemainingTokens { get; init; }

    public TimeSpan? TokensResetIn { get; init; }

    /// <summary>What these calls together said about the endpoint's limits.</summary>
    public RateSignal Signal => new()
    {
        RetryAfter = RetryAfter,
        RemainingRequests = RemainingRequests,
        RequestsResetIn = RequestsResetIn,
        RemainingTokens = RemainingTokens,
        TokensResetIn = TokensResetIn,
    };

    /// <summary>Both sets of calls as one: counts add up, the longest wait and the lowest remaining count win.</summary>
    public ReturnedCalls Plus(ReturnedCalls other) => new()
    {
        Returned = Returned + other.Returned,
        Completed = Completed + other.Completed,
        Succeeded = Succeeded + other.Succeeded,
        Throttled = Throttled + other.Throttled,
        ServerFaults = ServerFaults + other.ServerFaults,
        TokensReserved = TokensReserved + other.TokensReserved,
        TokensUsed = TokensUsed + other.TokensUsed,
        RetryAfter = Longest(RetryAfter, other.RetryAfter),
        RemainingRequests = Lowest(RemainingRequests, other.RemainingRequests),
        RequestsResetIn = Longest(RequestsResetIn, other.RequestsResetIn),
        RemainingTokens = Lowest(RemainingTokens, other.RemainingTokens),
        TokensResetIn = Longest(TokensResetIn, other.TokensResetIn),
    };

    private static TimeSpan? Longest(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static int? Lowest(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}
