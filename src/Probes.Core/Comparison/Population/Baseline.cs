namespace Probes.Core.Comparison.Population;

/// <summary>
/// One target's similarities to all others as running sums, so the mean and spread with any single partner left
/// out cost O(1): that is what keeps the z-scores of a 1,000-fingerprint matrix cheap.
/// </summary>
internal readonly record struct Baseline(int Count, double Sum, double SumOfSquares, double Floor)
{
    public static Baseline[] ForEveryTarget(SimilarityMatrix matrix, Func<int, int, double> score)
    {
        var n = matrix.Targets.Count;
        var sums = new (int Count, double Sum, double Squares)[n];
        var spreads = new List<double>();
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i == j) continue;
                var value = score(i, j);
                if (double.IsNaN(value)) continue;
                sums[i] = (sums[i].Count + 1, sums[i].Sum + value, sums[i].Squares + value * value);
            }
            if (sums[i].Count > 1)
            {
                spreads.Add(Math.Sqrt(Math.Max(0, (sums[i].Squares - sums[i].Sum * sums[i].Sum / sums[i].Count) / (sums[i].Count - 1))));
            }
        }
        // A spread estimated from a handful of partners can be near zero by chance; half the typical spread is the
        // smallest we trust, so one lucky baseline cannot turn a small difference into a huge z.
        spreads.Sort();
        var floor = spreads.Count == 0 ? 1e-9 : Math.Max(1e-9, 0.5 * spreads[spreads.Count / 2]);
        return Array.ConvertAll(sums, s => new Baseline(s.Count, s.Sum, s.Squares, floor));
    }

    /// <summary>(value − mean) / spread of this target's scores with the partner that produced <paramref name="value"/> left out.</summary>
    public double ZWithout(double value)
    {
        if (double.IsNaN(value) || Count < 3) return double.NaN;
        var n = Count - 1;
        var mean = (Sum - value) / n;
        var variance = Math.Max(0, (SumOfSquares - value * value - n * mean * mean) / (n - 1));
        return (value - mean) / Math.Max(Math.Sqrt(variance), Floor);
    }
}
