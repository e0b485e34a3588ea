using Probes.Core.Statistics;

namespace Probes.Core.Comparison.Population;

/// <summary>One candidate for "which model is this?": its hub-corrected score and the families behind it.</summary>
public sealed record IdentificationCandidate(string Target, double Z, double Similarity, IReadOnlyList<FamilyZ> Families);

public sealed record FamilyZ(string Family, double Similarity, double Z);

/// <summary>
/// The ranked answer. <see cref="Identified"/> is null ("unknown") when even the best candidate stays under
/// <see cref="Threshold"/>, the score the best of <c>k</c> unrelated candidates exceeds with probability
/// <see cref="FalsePositiveRate"/>.
/// </summary>
public sealed record IdentificationResult(
    string Target,
    IReadOnlyList<IdentificationCandidate> Ranking,
    double Margin,
    double Threshold,
    double FalsePositiveRate,
    string? Identified,
    string Verdict);

/// <summary>
/// Ranks the population as candidates for one target. The threshold is Šidák's for the maximum of k scores:
/// if the target is none of the candidates, each of its k scores behaves like a pair of unrelated models, whose
/// z-scores we read off every pair of the population that does not involve the target; the best of k such
/// scores exceeds μ + σ·Φ⁻¹((1 − FPR)^(1/k)) with probability FPR.
/// </summary>
public static class Identification
{
    public static IdentificationResult Identify(PopulationScores scores, string target, double falsePositiveRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(falsePositiveRate);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(falsePositiveRate, 1);
        var index = scores.IndexOf(target);
        var ranking = Enumerable.Range(0, scores.Targets.Count)
            .Where(j => j != index)
            .Select(j => new IdentificationCandidate(
                scores.Targets[j],
                scores.CombinedZ(index, j),
                scores.Raw("combined", index, j),
                scores.Families.Select(f => new FamilyZ(f, scores.Raw(f, index, j), scores.FamilyZ(f, index, j))).ToList()))
            .OrderByDescending(c => double.IsNaN(c.Z) ? c.Similarity : c.Z)
            .ToList();
        if (ranking.Count == 0)
        {
            return new IdentificationResult(target, ranking, double.NaN, double.NaN, falsePositiveRate, null, "no candidates to compare with");
        }
        var threshold = Threshold(scores, index, ranking.Count, falsePositiveRate);
        var margin = ranking.Count > 1 ? ranking[0].Z - ranking[1].Z : double.NaN;
        if (double.IsNaN(threshold))
        {
            return new IdentificationResult(target, ranking, margin, threshold, falsePositiveRate, null,
                $"population too small for a calibrated answer (needs {PopulationScores.MinimumPopulation + 1} fingerprints with the target); best raw match {ranking[0].Target}");
        }
        var best = ranking[0];
        return best.Z >= threshold
            ? new IdentificationResult(target, ranking, margin, threshold, falsePositiveRate, best.Target,
                $"{best.Target} (z = {best.Z:F2} ≥ {threshold:F2}, the bar for a false-positive rate of {falsePositiveRate:P0}; margin {margin:F2})")
            : new IdentificationResult(target, ranking, margin, threshold, falsePositiveRate, null,
                $"unknown: the best candidate {best.Target} scores z = {best.Z:F2} < {threshold:F2} (false-positive rate {falsePositiveRate:P0})");
    }

    private static double Threshold(PopulationScores scores, int index, int candidates, double falsePositiveRate)
    {
        var nulls = new List<double>();
        for (var a = 0; a < scores.Targets.Count; a++)
        {
            for (var b = a + 1; b < scores.Targets.Count; b++)
            {
                if (a == index || b == index) continue;
                var z = scores.CombinedZ(a, b);
                if (!double.IsNaN(z)) nulls.Add(z);
            }
        }
        if (nulls.Count < 3) return double.NaN;
        var mean = nulls.Average();
        var sd = Math.Sqrt(nulls.Sum(z => (z - mean) * (z - mean)) / (nulls.Count - 1));
        return mean + sd * Normal.Quantile(Math.Pow(1 - falsePositiveRate, 1.0 / candidates));
    }
}
