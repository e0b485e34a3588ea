namespace Probes.Contracts;

/// <summary>
/// One batch's contribution to a fingerprint. (Shard, Seq) is the deduplication key of the exactly-once protocol:
/// a delta re-sent after a crash is recognised and ignored.
/// </summary>
[GenerateSerializer, Immutable, Alias("Probes.FingerprintDelta")]
public sealed record FingerprintDelta(
    [property: Id(0)] string Shard,
    [property: Id(1)] long Seq,
    [property: Id(2)] byte[] FingerprintJson);
