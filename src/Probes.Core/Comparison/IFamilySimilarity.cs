using Probes.Core.Fingerprints;

namespace Probes.Core.Comparison;

/// <summary>
/// How two fingerprints compare on one feature family. Returns null when either side holds no evidence for the
/// family (no shared probes, no responses), so absence of data is never scored as dissimilarity.
/// </summary>
public interface IFamilySimilarity
{
    string Family { get; }

    FamilyScore? Compare(Fingerprint a, Fingerprint b);
}
