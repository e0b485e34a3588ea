using System.Text;
using Probes.Core.Comparison.Population;

namespace Probes.Cli.Output;

/// <summary><c>fp identify</c> as text: the verdict, then the ranked candidates with the families that carry each.</summary>
public static class IdentificationReport
{
    public static string Render(IdentificationResult result, int show = 10)
    {
        var text = new StringBuilder();
        text.AppendLine($"{result.Target}: {result.Verdict}");
        text.AppendLine($"  threshold z {ComparisonReport.Z(result.Threshold)} (false-positive rate {result.FalsePositiveRate:P1}), margin to runner-up {ComparisonReport.Z(result.Margin)}");
        var rank = 1;
        foreach (var candidate in result.Ranking.Take(show))
        {
            var families = string.Join(", ", candidate.Families.OrderByDescending(f => f.Z).Select(f => $"{f.Family} {ComparisonReport.Z(f.Z)}"));
            text.AppendLine($"  {rank++,2}. {candidate.Target,-28} z {ComparisonReport.Z(candidate.Z),6}  similarity {candidate.Similarity:F3}  ({families})");
        }
        return text.ToString().TrimEnd();
    }
}
