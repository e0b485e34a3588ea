using System.Text;
using Probes.Core.Comparison;

namespace Probes.Cli.Output;

/// <summary>One comparison as text: the combined score, then each family with the features that drive it.</summary>
public static class SimilarityReport
{
    public static string Render(SimilarityResult result)
    {
        var text = new StringBuilder();
        text.AppendLine($"{result.A} vs {result.B}: combined similarity {result.Combined:F3}");
        foreach (var family in result.Families)
        {
            text.AppendLine($"  {family.Family,-10} {family.Similarity:F3}  driven by: {string.Join("; ", family.Drivers.Take(5))}");
        }
        return text.ToString().TrimEnd();
    }
}
