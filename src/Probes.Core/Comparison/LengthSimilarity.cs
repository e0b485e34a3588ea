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

    public IFamilyView Prepare(Fingerprint fingerprint) => LengthView.Of(fingerprint.Length);

    public static double Overlap(Moments a, Moments b) => Overlap(a.Mean, a.Variance, b.Mean, b.Variance);

    internal static double Overlap(double meanA, double varianceA, double meanB, double varianceB)
    {
        var (spreadA, spreadB) = (varianceA + 1, varianceB + 1);
        var spread = spreadA + spreadB;
        var gap = meanA - meanB;
        return Math.Sqrt(2 * Math.Sqrt(spreadA * spreadB) / spread) * Math.Exp(-gap * gap / (4 * spread));
    }
}
