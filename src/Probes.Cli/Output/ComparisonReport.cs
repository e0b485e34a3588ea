using System.Globalization;
using System.Text;
using Probes.Core.Comparison.Population;

namespace Probes.Cli.Output;

/// <summary>
/// <c>fp compare</c>: each family's similarity, its z-score against the population, and the features behind it.
/// </summary>
public sealed record ComparisonReport(
    string A,
    string B,
    double Combined,
    double CombinedZ,
    int Population,
    IReadOnlyList<ComparisonFamily> Families)
{
    public static ComparisonReport From(PopulationScores scores, string a, string b)
    {
        var (i, j) = (scores.IndexOf(a), scores.IndexOf(b));
        var result = scores.Matrix[i, j];
        return new ComparisonReport(a, b, result.Combined, scores.CombinedZ(i, j), scores.Targets.Count,
            result.Families.Select(f => new ComparisonFamily(f.Family, f.Similarity, scores.FamilyZ(f.Family, i, j), f.Drivers)).ToList());
    }

    public string Render()
    {
        var text = new StringBuilder();
        text.AppendLine($"{A} vs {B}: combined similarity {Combined:F3}, z = {Z(CombinedZ)} against {Population} stored fingerprints");
        foreach (var family in Families)
        {
            text.AppendLine($"  {family.Family,-10} {family.Similarity:F3}  z {Z(family.Z),6}  driven by: {string.Join("; ", family.Drivers.Take(5))}");
        }
        if (double.IsNaN(CombinedZ))
        {
            text.AppendLine($"  (z-scores need at least {PopulationScores.MinimumPopulation} comparable fingerprints in storage)");
        }
        return text.ToString().TrimEnd();
    }

    internal static string Z(double z) => double.IsNaN(z) ? "n/a" : z.ToString("+0.00;-0.00", CultureInfo.InvariantCulture);
}

public sealed record ComparisonFamily(string Family, double Similarity, double Z, IReadOnlyList<string> Drivers);
