namespace Probes.Core.Comparison;

/// <summary>
/// The comparison of fingerprint A with fingerprint B (by target id): the weighted combined score and the
/// per-family scores behind it. Families without evidence on both sides are left out, and the combined score
/// re-weights over those present; it is NaN if no family had evidence.
/// </summary>
public sealed record SimilarityResult(string A, string B, double Combined, IReadOnlyList<FamilyScore> Families)
{
    public FamilyScore? Family(string name)
    {
        foreach (var family in Families)
        {
            if (family.Family == name) return family;
        }
        return null;
    }
}
