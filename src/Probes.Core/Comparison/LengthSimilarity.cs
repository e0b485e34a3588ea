using Probes.Core.Fingerprints;
using Probes.Core.Sketches;

namespace Probes.Core.Comparison;

/// <summary>
/// Bhattacharyya coefficient between normal approximations of the two length distributions, averaged over
/// words and characters: 1 for equal mean and spread, falling with the gap between means relative to the
/// spreads, so a difference of ten words matters for terse models and not for verbose ones. One length unit of
/// variance is added to each side so that constant lengths do not make the coefficient degenerate.
/// </summary>
public sealed class LengthSimilarity : IFamilySimilarity
{
    public string Family => "length";

    public FamilyScore? Compare(Fingerprint a, Fingerprint b)
    {
        var (lengthA, lengthB) = (a.Length, b.Length);
        if (lengthA.Words.Count == 0 || lengthB.Words.Count == 0) return null;
        var similarity = (Overlap(lengthA.Words, lengthB.Words) + Overlap(lengthA.Characters, lengthB.Characters)) / 2;
        IReadOnlyList<string> drivers =
        [
            $"mean words {Drivers.Pair(lengthA.Words.Mean, lengthB.Words.Mean)}",
            $"mean characters {Drivers.Pair(lengthA.Characters.Mean, lengthB.Characters.Mean)}",
        ];
        return new FamilyScore(Family, similarity, drivers);
    }

    public static double Overlap(Moments a, Moments b)
    {
        var (varianceA, varianceB) = (a.Variance + 1, b.Variance + 1);
        var spread = varianceA + varianceB;
        var gap = a.Mean - b.Mean;
        return Math.Sqrt(2 * Math.Sqrt(varianceA * varianceB) / spread) * Math.Exp(-gap * gap / (4 * spread));
    }
}
