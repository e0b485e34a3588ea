namespace Probes.Grains.Fingerprints;

/// <summary>
/// The merged fingerprint and, in the same write, the last batch applied per shard: persisting both together is
/// what makes a re-sent delta detectable after any crash.
/// </summary>
[GenerateSerializer, Alias("Probes.FingerprintGrainState")]
public sealed class FingerprintGrainState
{
    [Id(0)]
    public Dictionary<string, long> LastAppliedSeq { get; set; } = new(StringComparer.Ordinal);

    [Id(1)]
    public byte[]? FingerprintJson { get; set; }

    [Id(2)]
    public string? CampaignId { get; set; }
}
