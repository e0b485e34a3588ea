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
    [property: Id(3)] ReturnedCalls Returned);

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

/// <summary>Carries <see cref="Core.Specs.RateSettings"/> (a Core type, free of Orleans) across grain calls.</summary>
[GenerateSerializer, Alias("Probes.RateSettings")]
public struct RateSettingsSurrogate
{
    [Id(0)] public int RequestsPerMinute;
    [Id(1)] public int? TokensPerMinute;
    [Id(2)] public int MaxInFlight;
}

[RegisterConverter]
public sealed class RateSettingsSurrogateConverter : IConverter<Core.Specs.RateSettings, RateSettingsSurrogate>
{
    public Core.Specs.RateSettings ConvertFromSurrogate(in RateSettingsSurrogate surrogate) =>
        new(surrogate.RequestsPerMinute, surrogate.MaxInFlight, surrogate.TokensPerMinute);

    public RateSettingsSurrogate ConvertToSurrogate(in Core.Specs.RateSettings value) => new()
    {
        RequestsPerMinute = value.RequestsPerMinute,
        TokensPerMinute = value.TokensPerMinute,
        MaxInFlight = value.MaxInFlight,
    };
}

/// <summary>Carries <see cref="ReturnedCalls"/> across grain calls: permits handed back and what their calls said.</summary>
[GenerateSerializer, Alias("Probes.ReturnedCalls")]
public struct ReturnedCallsSurrogate
{
    [Id(0)] public int Returned;
    [Id(1)] public int Completed;
    [Id(2)] public int Succeeded;
    [Id(3)] public int Throttled;
    [Id(4)] public int ServerFaults;
    [Id(5)] public long TokensReserved;
    [Id(6)] public long TokensUsed;
    [Id(7)] public TimeSpan? RetryAfter;
    [Id(8)] public int? RemainingRequests;
    [Id(9)] public TimeSpan? RequestsResetIn;
    [Id(10)] public int? RemainingTokens;
    [Id(11)] public TimeSpan? TokensResetIn;
}

[RegisterConverter]
public sealed class ReturnedCallsSurrogateConverter : IConverter<ReturnedCalls, ReturnedCallsSurrogate>
{
    public ReturnedCalls ConvertFromSurrogate(in ReturnedCallsSurrogate surrogate) => new()
    {
        Returned = surrogate.Returned,
        Completed = surrogate.Completed,
        Succeeded = surrogate.Succeeded,
        Throttled = surrogate.Throttled,
        ServerFaults = surrogate.ServerFaults,
        TokensReserved = surrogate.TokensReserved,
        TokensUsed = surrogate.TokensUsed,
        RetryAfter = surrogate.RetryAfter,
        RemainingRequests = surrogate.RemainingRequests,
        RequestsResetIn = surrogate.RequestsResetIn,
        RemainingTokens = surrogate.RemainingTokens,
        TokensResetIn = surrogate.TokensResetIn,
    };

    public ReturnedCallsSurrogate ConvertToSurrogate(in ReturnedCalls value) => new()
    {
        Returned = value.Returned,
        Completed = value.Completed,
        Succeeded = value.Succeeded,
        Throttled = value.Throttled,
        ServerFaults = value.ServerFaults,
        TokensReserved = value.TokensReserved,
        TokensUsed = value.TokensUsed,
        RetryAfter = value.RetryAfter,
        RemainingRequests = value.RemainingRequests,
        RequestsResetIn = value.RequestsResetIn,
        RemainingTokens = value.RemainingTokens,
        TokensResetIn = value.TokensResetIn,
    };
}
