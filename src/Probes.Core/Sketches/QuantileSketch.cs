using System.Text.Json.Serialization;

namespace Probes.Core.Sketches;

/// <summary>
/// Quantiles of non-negative values (lengths, latencies) with relative accuracy α, in the manner of DDSketch
/// (Masson, Rim and Lee, 2019): value v &gt; 0 is counted in bucket ⌈log_γ v⌉ with γ = (1 + α) / (1 − α), and
/// every bucket's representative is within α of each value in it. The state is a function of the multiset of
/// values alone, so merging (adding bucket counts, min and max) equals sketching the union exactly and in any
/// order, which a KLL sketch's random compactions cannot give; the price is a relative rather than a rank
/// guarantee. Buckets are bounded by <see cref="MaxBuckets"/>: the lowest ones collapse upwards, a rule that
/// depends only on the largest bucket, so it keeps the merge exact.
/// </summary>
[JsonConverter(typeof(QuantileSketchJsonConverter))]
public sealed partial class QuantileSketch
{
    public const double DefaultRelativeAccuracy = 0.01;
    public const int MaxBuckets = 2048;

    /// <summary>Values below this count as zero (they have no useful logarithm).</summary>
    public const double ZeroThreshold = 1e-9;

    private readonly BucketWindow _buckets = new();
    private readonly double _gamma;
    private readonly double _logGamma;
    private int _lowest;
    private int _highest;

    public QuantileSketch(double relativeAccuracy = DefaultRelativeAccuracy)
    {
        if (!(relativeAccuracy is > 0 and < 1)) throw new ArgumentOutOfRangeException(nameof(relativeAccuracy));
        RelativeAccuracy = relativeAccuracy;
        _gamma = (1 + relativeAccuracy) / (1 - relativeAccuracy);
        _logGamma = Math.Log(_gamma);
    }

    public double RelativeAccuracy { get; }

    public long Count { get; private set; }

    /// <summary>Values below <see cref="ZeroThreshold"/>.</summary>
    public long ZeroCount { get; private set; }

    /// <summary>The smallest value added (exact); zero while empty.</summary>
    public double Min { get; private set; }

    /// <summary>The largest value added (exact); zero while empty.</summary>
    public double Max { get; private set; }

    /// <summary>Non-empty buckets by index, ascending.</summary>
    public IEnumerable<KeyValuePair<int, long>> Buckets => _buckets.Ascending();

    public void Add(double value)
    {
        if (!double.IsFinite(value) || value < 0) throw new ArgumentOutOfRangeException(nameof(value), value, "Values must be finite and non-negative.");
        Extend(value, value);
        Count++;
        if (value < ZeroThreshold)
        {
            ZeroCount++;
            return;
        }
        AddToBucket(IndexOf(value), 1);
    }

    public void Merge(QuantileSketch other)
    {
        if (other.RelativeAccuracy != RelativeAccuracy)
        {
            throw new InvalidOperationException($"Cannot merge a sketch of accuracy {other.RelativeAccuracy} into one of {RelativeAccuracy}.");
        }
        if (other.Count == 0) return;
        if (ReferenceEquals(other, this)) other = Clone();
        Extend(other.Min, other.Max);
        Count += other.Count;
        ZeroCount += other.ZeroCount;
        foreach (var (index, count) in other.Buckets) AddToBucket(index, count);
    }

    public QuantileSketch Clone()
    {
        var copy = new QuantileSketch(RelativeAccuracy);
        copy.Merge(this);
        return copy;
    }

    private int IndexOf(double value) => (int)Math.Ceiling(Math.Log(value) / _logGamma);

    /// <summary>The value standing for bucket i: the point within α of everything in (γ^(i−1), γ^i].</summary>
    private double Representative(int index) => 2 * Math.Pow(_gamma, index) / (_gamma + 1);

    private void Extend(double min, double max)
    {
        Min = Count == 0 ? min : Math.Min(Min, min);
        Max = Count == 0 ? max : Math.Max(Max, max);
    }

    /// <summary>
    /// Counts into a bucket, clamped to at most <see cref="MaxBuckets"/> below the highest; when the highest rises,
    /// buckets left below the new floor fold into it. Either way a value ends in max(its bucket, highest − MaxBuckets + 1).
    /// </summary>
    private void AddToBucket(int index, long count)
    {
        if (_buckets.Count == 0) (_lowest, _highest) = (index, index);
        _highest = Math.Max(_highest, index);
        var floor = _highest - MaxBuckets + 1;
        index = Math.Max(index, floor);
        // Collapsing before counting ends in the same buckets, and keeps the window within MaxBuckets while it moves.
        if (_lowest < floor) CollapseBelow(floor);
        _buckets.Add(index, count);
        _lowest = Math.Min(_lowest, index);
    }

    private void CollapseBelow(int floor)
    {
        // The lowest bucket lies below the floor and holds a count, so the sum moved up is positive.
        _buckets.Add(floor, _buckets.TakeBelow(floor));
        _lowest = floor;
    }
}
