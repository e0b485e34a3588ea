namespace Probes.Core.Fingerprints;

/// <summary>
/// What makes two fingerprints comparable: the same probe-set version and the same sampling settings.
/// Statistics folded under different keys are never merged.
/// </summary>
public sealed record FingerprintKey(string TargetId, string ProbeSetVersion, string SamplingHash)
{
    public bool IsComparableWith(FingerprintKey other) =>
        ProbeSetVersion == other.ProbeSetVersion && SamplingHash == other.SamplingHash;

    public override string ToString() => $"{TargetId}/{ProbeSetVersion}-{SamplingHash}";
}
