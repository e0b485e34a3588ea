using Probes.Core.Fingerprints;
using Probes.Core.Fingerprints.Families;

namespace Probes.Core.Comparison;

/// <summary>
/// 1 − the mean absolute difference of the format-marker rates: every marker weighs the same, and a
/// similarity of 1 means both use each habit in the same share of responses. Drivers are the habits both share most.
/// </summary>
public sealed class FormatSimilarity : IFamilySimilarity
{
    public string Family => "format";

    public FamilyScore? Compare(Fingerprint a, Fingerprint b)
    {
        var (formatA, formatB) = (a.Format, b.Format);
        if (formatA.Responses == 0 || formatB.Responses == 0) return null;
        var totalDifference = 0.0;
        var candidates = new List<(double, string)>();
        foreach (var marker in FormatDetector.All)
        {
            var (rateA, rateB) = (formatA.RateOf(marker), formatB.RateOf(marker));
            totalDifference += Math.Abs(rateA - rateB);
            if (rateA > 0 && rateB > 0)
            {
                candidates.Add((Math.Min(rateA, rateB), $"{FormatFeatures.NameOf(marker)} {Drivers.Pair(rateA, rateB)} of responses"));
            }
        }
        return new FamilyScore(Family, 1 - totalDifference / FormatDetector.All.Count, Drivers.Top(candidates));
    }

    public IFamilyView Prepare(Fingerprint fingerprint) => FormatView.Of(fingerprint.Format);
}
