namespace Probes.Core.Sketches;

/// <summary>
/// Ertl's improved estimator ("New cardinality estimation algorithms for HyperLogLog sketches", 2017), computed
/// from the histogram of register values. It corrects the raw estimate's bias across the whole range without
/// empirical tables: σ accounts for empty registers (where the classic estimator needs the linear-counting
/// small-range correction) and τ for saturated ones, so small and large cardinalities need no switch-over.
/// </summary>
internal static class HyperLogLogEstimator
{
    // α∞ = 1 / (2 ln 2), the raw estimator's constant as the number of registers grows.
    private const double AlphaInfinity = 0.7213475204444817;

    public static double Estimate(ReadOnlySpan<byte> registers, int maxRank)
    {
        Span<int> histogram = stackalloc int[maxRank + 1];
        histogram.Clear();
        foreach (var rank in registers) histogram[rank]++;
        double m = registers.Length;
        if (histogram[0] == registers.Length) return 0;

        var z = m * Tau(1 - histogram[maxRank] / m);
        for (var k = maxRank - 1; k >= 1; k--) z = 0.5 * (z + histogram[k]);
        z += m * Sigma(histogram[0] / m);
        return AlphaInfinity * m * m / z;
    }

    /// <summary>σ(x) = x + Σ_{k≥1} x^(2^k) · 2^(k−1), summed until it stops changing.</summary>
    private static double Sigma(double x)
    {
        if (x == 1) return double.PositiveInfinity;
        var (y, z) = (1.0, x);
        while (true)
        {
            x *= x;
            var previous = z;
            z += x * y;
            y += y;
            if (z == previous) return z;
        }
    }

    /// <summary>τ(x) = (1 − x − Σ_{k≥1} (1 − x^(2^−k))² · 2^−k) / 3, summed until it stops changing.</summary>
    private static double Tau(double x)
    {
        if (x == 0 || x == 1) return 0;
        var (y, z) = (1.0, 1 - x);
        while (true)
        {
            x = Math.Sqrt(x);
            var previous = z;
            y *= 0.5;
            z -= (1 - x) * (1 - x) * y;
            if (z == previous) return z / 3;
        }
    }
}
