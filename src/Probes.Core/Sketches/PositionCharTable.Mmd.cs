namespace Probes.Core.Sketches;

public sealed partial class PositionCharTable
{
    /// <summary>
    /// The unbiased MMD² between the responses of two models to one prompt, with the Hamming kernel
    /// K(x, y) = (positions where padded x and y agree) / L. NaN unless each side has two responses.
    /// </summary>
    public static double MmdSquared(PositionCharTable x, PositionCharTable y) => PooledMmdSquared([(x, y)]);

    /// <summary>
    /// MMD² pooled over prompts, the per-prompt pair sums added before dividing (science notes):
    /// S_XX = Σ_p (Σ_i Σ_s c_X[i][s]² − n_X·L), n_XX = Σ_p n_X(n_X − 1), S_XY = Σ_p Σ_i Σ_s c_X[i][s]·c_Y[i][s],
    /// n_XY = Σ_p n_X·n_Y, and MMD² = (S_XX/n_XX − 2·S_XY/n_XY + S_YY/n_YY) / L. Only pairs within one prompt
    /// enter, so prompts seen by one model alone add nothing. NaN when a side has no within-prompt pair.
    /// </summary>
    public static double PooledMmdSquared(IEnumerable<(PositionCharTable X, PositionCharTable Y)> prompts)
    {
        long withinX = 0, pairsX = 0, withinY = 0, pairsY = 0, across = 0, pairsAcross = 0;
        var length = 0;
        foreach (var (x, y) in prompts)
        {
            x.RequireSameLength(y);
            if (length != 0 && x.Length != length) throw new InvalidOperationException("Pooled prompts must share one table length.");
            length = x.Length;
            checked
            {
                withinX += x.SumOfSquares() - x.Count * x.Length;
                pairsX += x.Count * (x.Count - 1);
                withinY += y.SumOfSquares() - y.Count * y.Length;
                pairsY += y.Count * (y.Count - 1);
                across += CrossSum(x, y);
                pairsAcross += x.Count * y.Count;
            }
        }
        if (pairsX == 0 || pairsY == 0 || pairsAcross == 0) return double.NaN;
        return ((double)withinX / pairsX - 2.0 * across / pairsAcross + (double)withinY / pairsY) / length;
    }

    /// <summary>Σ_i Σ_s c[i][s]², pads included.</summary>
    private long SumOfSquares()
    {
        checked
        {
            var sum = 0L;
            foreach (var (_, count) in _cells.Entries) sum += count * count;
            var padded = 0L;
            for (var position = 0; position < Length; position++)
            {
                padded += _lengthCounts[position];
                sum += padded * padded;
            }
            return sum;
        }
    }

    /// <summary>Σ_i Σ_s c_X[i][s]·c_Y[i][s], pads included: the number of agreeing (position, pair) triples.</summary>
    private static long CrossSum(PositionCharTable x, PositionCharTable y)
    {
        checked
        {
            var (small, large) = x._cells.Count <= y._cells.Count ? (x, y) : (y, x);
            var sum = 0L;
            foreach (var (key, count) in small._cells.Entries) sum += count * large._cells[key];
            long paddedX = 0, paddedY = 0;
            for (var position = 0; position < x.Length; position++)
            {
                paddedX += x._lengthCounts[position];
                paddedY += y._lengthCounts[position];
                sum += paddedX * paddedY;
            }
            return sum;
        }
    }
}
