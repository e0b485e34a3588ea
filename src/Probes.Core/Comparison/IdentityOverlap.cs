using Probes.Core.Fingerprints;
using Probes.Core.Fingerprints.Families;

namespace Probes.Core.Comparison;

/// <summary>
/// Cosine between the per-vendor mention rates. No evidence when neither side names any vendor; 0 when only
/// one does. Shown as its own, weak signal: a system prompt can make a model claim anyone.
/// </summary>
public sealed class IdentityOverlap : IFamilySimilarity
{
    public string Family => "identity";

    public FamilyScore? Compare(Fingerprint a, Fingerprint b)
    {
        var (identityA, identityB) = (a.Identity, b.Identity);
        var (dot, normA, normB) = (0.0, 0.0, 0.0);
        var candidates = new List<(double, string)>();
        foreach (var vendor in IdentityLexicon.Vendors)
        {
            var rateA = Rate(identityA, vendor);
            var rateB = Rate(identityB, vendor);
            dot += rateA * rateB;
            normA += rateA * rateA;
            normB += rateB * rateB;
            if (rateA > 0 && rateB > 0) candidates.Add((rateA * rateB, $"{vendor} {Drivers.Pair(rateA, rateB)} of responses"));
        }
        if (normA == 0 && normB == 0) return null;
        var cosine = normA == 0 || normB == 0 ? 0 : dot / Math.Sqrt(normA * normB);
        return new FamilyScore(Family, Math.Clamp(cosine, 0, 1), Drivers.Top(candidates));
    }

    public IFamilyView Prepare(Fingerprint fingerprint) => IdentityView.Of(fingerprint.Identity);

    internal static double Rate(IdentityFeatures identity, string vendor) =>
        identity.Responses == 0 ? 0 : (double)identity.MentionsOf(vendor) / identity.Responses;
}
