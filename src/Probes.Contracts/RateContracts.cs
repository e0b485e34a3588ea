using Probes.Core.Rates;

namespace Probes.Contracts;

/// <summary>
/// A shard's request to the target's governor: how many call permits it wants now, what each call will cost in
/// tokens (estimated prompt + max tokens), and the calls it finished since its last request.
/// </summary>
[GenerateSerializer, Immutable, Alias("Probes.PermitRequest")]
public sealed record PermitRequest(
    [property: Id(0)] string Holder,
    [property: Id(1)] int Wanted,
    [property: Id(2)] long TokensPerCall,
    [property: Id(3)] CallFeedback Returned);

/// <summary>
/// Permits granted; when none, how long to wait before asking again. <see cref="WaitForSlots"/> says the wait is for
/// in-flight slots (a finished call of the holder's own is worth asking again for); <see cref="CircuitOpen"/> that the
/// endpoint keeps failing.
/// </summary>
[GenerateSerializer, Immutable, Alias("Probes.PermitLease")]
public sealed record PermitLease(
    [property: Id(0)] int Granted,
    [property: Id(1)] TimeSpan RetryAfter,
    [property: Id(2)] bool WaitForSlots = false,
    [property: Id(3)] bool CircuitOpen = false);

/// <summary>The cluster-wide limits of one target (see <see cref="Core.Specs.RateSettings"/>).</summary>
[GenerateSerializer, Immutable, Alias("Probes.TargetLimits")]
public sealed record TargetLimits(
    [property: Id(0)] int RequestsPerMinute,
    [property: Id(1)] int? TokensPerMinute,
    [property: Id(2)] int MaxInFlight)
{
    public static TargetLimits Of(Core.Specs.RateSettings rate) => new(rate.RequestsPerMinute, rate.TokensPerMinute, rate.MaxInFlight);
}

/// <summary>The wire form of <see cref="ReturnedCalls"/>: permits handed back and what their calls said about the endpoint.</summary>
[GenerateSerializer, Immutable, Alias("Probes.CallFeedback")]
public sealed record CallFeedback(
    [property: Id(0)] int Returned,
    [property: Id(1)] int Completed,
    [property: Id(2)] int Succeeded,
    [property: Id(3)] int Throttled,
    [property: Id(4)] int ServerFaults,
    [property: Id(5)] long TokensReserved,
    [property: Id(6)] long TokensUsed,
    [property: Id(7)] TimeSpan? RetryAfter,
    [property: Id(8)] int? RemainingRequests,
    [property: Id(9)] TimeSpan? RequestsResetIn,
    [property: Id(10)] int? RemainingTokens,
    [property: Id(11)] TimeSpan? TokensResetIn)
{
    public static CallFeedback None { get; } = From(ReturnedCalls.None);

    public static CallFeedback From(ReturnedCalls calls) => new(
        calls.Returned, calls.Completed, calls.Succeeded, calls.Throttled, calls.ServerFaults,
        calls.TokensReserved, calls.TokensUsed, calls.RetryAfter,
        calls.RemainingRequests, calls.RequestsResetIn, calls.RemainingTokens, calls.TokensResetIn);

    public ReturnedCalls ToReturnedCalls() => new()
    {
        Returned = Returned,
        Completed = Completed,
        Succeeded = Succeeded,
        Throttled = Throttled,
        ServerFaults = ServerFaults,
        TokensReserved = TokensReserved,
        TokensUsed = TokensUsed,
        RetryAfter = RetryAfter,
        RemainingRequests = RemainingRequests,
        RequestsResetIn = RequestsResetIn,
        RemainingTokens = RemainingTokens,
        TokensResetIn = TokensResetIn,
    };
}
