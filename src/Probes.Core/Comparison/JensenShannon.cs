namespace Probes.Core.Comparison;

/// <summary>
/// Jensen–Shannon divergence with base-2 logarithms: symmetric, defined when the supports differ, and bounded
/// by [0, 1], so 1 − JSD is a similarity. Inputs are counts; each side is normalised by its own total.
/// </summary>
public static class JensenShannon
{
    public static double Divergence(IReadOnlyDictionary<string, long> p, IReadOnlyDictionary<string, long> q)
    {
        var totalP = Total(p);
        var totalQ = Total(q);
        if (totalP == 0 || totalQ == 0) throw new ArgumentException("Both distributions need positive mass.");
        var divergence = 0.0;
        foreach (var (item, countP) in p)
        {
            var pi = (double)countP / totalP;
            var qi = (double)q.GetValueOrDefault(item) / totalQ;
            divergence += Term(pi, qi) + Term(qi, pi);
        }
        foreach (var (item, countQ) in q)
        {
            if (!p.ContainsKey(item)) divergence += Term((double)countQ / totalQ, 0);
        }
        return Math.Clamp(divergence / 2, 0, 1);
    }

    // x · log2(x / m) with m the midpoint of x and y; zero mass contributes nothing.
    private static double Term(double x, double y) => x > 0 ? x * Math.Log2(2 * x / (x + y)) : 0;

    private static long Total(IReadOnlyDictionary<string, long> counts)
    {
        var total = 0L;
        foreach (var count in counts.Values) total += count;
        return total;
    }
}
