namespace Probes.Core.Statistics;

/// <summary>
/// Holm's step-down procedure: controls the family-wise error rate at α over several tests without assuming
/// independence, and rejects at least as much as Bonferroni.
/// </summary>
public static class Holm
{
    /// <summary>Which hypotheses are rejected, in the order given.</summary>
    public static bool[] Reject(IReadOnlyList<double> pValues, double alpha)
    {
        var order = Enumerable.Range(0, pValues.Count).OrderBy(i => pValues[i]).ToArray();
        var rejected = new bool[pValues.Count];
        for (var rank = 0; rank < order.Length; rank++)
        {
            if (pValues[order[rank]] > alpha / (order.Length - rank))
            {
                break;
            }
            rejected[order[rank]] = true;
        }
        return rejected;
    }

    /// <summary>Holm-adjusted p-values (monotone), comparable with α directly.</summary>
    public static double[] Adjust(IReadOnlyList<double> pValues)
    {
        var order = Enumerable.Range(0, pValues.Count).OrderBy(i => pValues[i]).ToArray();
        var adjusted = new double[pValues.Count];
        var running = 0.0;
        for (var rank = 0; rank < order.Length; rank++)
        {
            running = Math.Max(running, Math.Min(1, (order.Length - rank) * pValues[order[rank]]));
            adjusted[order[rank]] = running;
        }
        return adjusted;
    }
}
