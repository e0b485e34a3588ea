namespace Probes.Core.Sketches;

public sealed partial class QuantileSketch
{
    /// <summary>
    /// The q-quantile (0 ≤ q ≤ 1) by the lower nearest rank ⌊q·(n − 1)⌋: within relative accuracy α of the exact
    /// value at that rank, exact at both ends (<see cref="Min"/>, <see cref="Max"/>) and never outside them. NaN while empty.
    /// </summary>
    public double Quantile(double q)
    {
        if (!(q is >= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(q), q, "A quantile lies in [0, 1].");
        if (Count == 0) return double.NaN;
        var rank = (long)Math.Floor(q * (Count - 1));
        if (rank == Count - 1) return Max;
        if (rank == 0 || rank < ZeroCount) return Min;
        var seen = ZeroCount;
        foreach (var (index, count) in Buckets)
        {
            seen += count;
            if (seen > rank) return Math.Clamp(Representative(index), Min, Max);
        }
        return Max;
    }

    /// <summary>
    /// The share of values ≤ <paramref name="value"/>, counting a whole bucket once the value reaches it (so the
    /// answer is the exact rank of some value within α of the one asked). NaN while empty.
    /// </summary>
    public double Rank(double value)
    {
        if (Count == 0) return double.NaN;
        if (value < Min) return 0;
        if (value >= Max) return 1;
        var atOrBelow = ZeroCount;
        if (value >= ZeroThreshold)
        {
            var limit = IndexOf(value);
            foreach (var (index, count) in Buckets)
            {
                if (index <= limit) atOrBelow += count;
            }
        }
        return (double)atOrBelow / Count;
    }

    /// <summary>Rebuilds a sketch from its JSON form, checking what merging and queries rely on.</summary>
    internal static QuantileSketch Restore(double relativeAccuracy, long count, long zeroCount, double min, double max,
        IReadOnlyList<KeyValuePair<int, long>> buckets)
    {
        var sketch = new QuantileSketch(relativeAccuracy);
        if (count < 0 || zeroCount < 0 || zeroCount > count || !double.IsFinite(min) || !double.IsFinite(max) || min < 0 || max < min)
            throw new ArgumentException($"Inconsistent totals: count {count}, zeros {zeroCount}, min {min}, max {max}.");
        if (count == 0 && (min != 0 || max != 0)) throw new ArgumentException("An empty sketch has min and max 0.");
        if (buckets.Count > MaxBuckets || (buckets.Count > 0 && buckets[^1].Key - buckets[0].Key >= MaxBuckets))
            throw new ArgumentException("Buckets span more than the sketch keeps.");
        var total = zeroCount;
        foreach (var (index, bucketCount) in buckets)
        {
            if (bucketCount <= 0) throw new ArgumentException($"Bucket {index} has count {bucketCount}.");
            sketch.AddToBucket(index, bucketCount);
            total += bucketCount;
        }
        if (total != count) throw new ArgumentException($"Buckets hold {total} values, not {count}.");
        (sketch.Count, sketch.ZeroCount, sketch.Min, sketch.Max) = (count, zeroCount, min, max);
        return sketch;
    }
}
