using Probes.Core.Fingerprints;

namespace Probes.Core.Comparison;

/// <summary>
/// How two fingerprints compare on one feature family. Returns null when either side holds no evidence for the
/// family (no shared probes, no responses), so absence of data is never scored as dissimilarity.
/// </summary>
public interface IFamilySimilarity
{
    string Family { get; }

    /// <summary>The similarity and the drivers behind it: what a single comparison shows its reader.</summary>
    FamilyScore? Compare(Fingerprint a, Fingerprint b);

    /// <summary>
    /// Everything the similarity needs from one fingerprint, prepared once: a matrix of N fingerprints then scores
    /// its N²/2 pairs from N views, without rebuilding per-fingerprint tables or formatting drivers for every pair.
    /// </summary>
    IFamilyView Prepare(Fingerprint fingerprint);
}
