using Probes.Core.Fingerprints;

namespace Probes.Core.Comparison;

/// <summary>
/// Fingerprints folded under different probe-set versions or sampling settings measure different things;
/// comparing them would report a difference in settings as a difference in models.
/// </summary>
public sealed class IncomparableFingerprintsException(FingerprintKey a, FingerprintKey b) : Exception(
    $"Fingerprints {a} and {b} are not comparable: they were folded under different probe-set versions or sampling settings.")
{
    public FingerprintKey A { get; } = a;

    public FingerprintKey B { get; } = b;
}
