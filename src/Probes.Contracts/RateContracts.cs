namespace Probes.Contracts;

/// <summary>
/// A shard's request to the target's governor: how many call permits it wants now, and how many calls it has
/// finished since its last request (their in-flight slots come back).
/// </summary>
[GenerateSerializer, Immutable, Alias("Probes.PermitRequest")]
public sealed record PermitRequest(
    [property: Id(0)] string Holder,
    [property: Id(1)] int Wanted,
    [property: Id(2)] int Returned);

/// <summary>Permits granted; when none, how long to wait before asking again.</summary>
[GenerateSerializer, Immutable, Alias("Probes.PermitLease")]
public sealed record PermitLease(
    [property: Id(0)] int Granted,
    [property: Id(1)] TimeSpan RetryAfter);
