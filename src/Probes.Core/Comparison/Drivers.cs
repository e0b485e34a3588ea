using System.Globalization;

namespace Probes.Core.Comparison;

/// <summary>Formatting shared by the family measures, so every driver reads the same way.</summary>
internal static class Drivers
{
    public const int MaxPerFamily = 5;

    public static string Pair(double a, double b) =>
        string.Create(CultureInfo.InvariantCulture, $"{a:0.###} vs {b:0.###}");

    /// <summary>The labels of the highest-scoring candidates, best first.</summary>
    public static IReadOnlyList<string> Top(List<(double Score, string Label)> candidates)
    {
        candidates.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : string.CompareOrdinal(x.Label, y.Label));
        var count = Math.Min(MaxPerFamily, candidates.Count);
        var labels = new string[count];
        for (var i = 0; i < count; i++) labels[i] = candidates[i].Label;
        return labels;
    }
}
