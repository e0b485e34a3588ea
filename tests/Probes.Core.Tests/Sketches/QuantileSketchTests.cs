using Probes.Core.Sketches;

namespace Probes.Core.Tests.Sketches;

public sealed class QuantileSketchTests
{
    private static readonly double[] Quantiles = [0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1];

    private static double[] LogNormalLatencies(int seed, int count)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(_ => Math.Exp(6 + 0.8 * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble())))
            .ToArray();
    }

    private static double[] IntegerLengths(int seed, int count)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => random.Next(10) == 0 ? 0.0 : random.Next(1, 4000)).ToArray();
    }

    private static QuantileSketch Sketch(IEnumerable<double> values)
    {
        var sketch = new QuantileSketch();
        foreach (var value in values) sketch.Add(value);
        return sketch;
    }

    public static TheoryData<string> Distributions => ["latency", "length"];

    private static double[] Values(string distribution) =>
        distribution == "latency" ? LogNormalLatencies(3, 20_000) : IntegerLengths(4, 20_000);

    [Theory]
    [MemberData(nameof(Distributions))]
    public void Quantiles_are_within_the_relative_accuracy_of_the_exact_ones(string distribution)
    {
        var values = Values(distribution);
        var sketch = Sketch(values);
        var sorted = values.Order().ToArray();
        foreach (var q in Quantiles)
        {
            var exact = sorted[(int)Math.Floor(q * (sorted.Length - 1))];
            Assert.InRange(sketch.Quantile(q), exact * (1 - sketch.RelativeAccuracy) - 1e-12, exact * (1 + sketch.RelativeAccuracy) + 1e-12);
        }
        Assert.Equal((sorted[0], sorted[^1]), (sketch.Quantile(0), sketch.Quantile(1)));
    }

    [Theory]
    [MemberData(nameof(Distributions))]
    public void Rank_lies_between_the_exact_ranks_of_the_value_and_one_bucket_above(string distribution)
    {
        var values = Values(distribution);
        var sketch = Sketch(values);
        var gamma = (1 + sketch.RelativeAccuracy) / (1 - sketch.RelativeAccuracy);
        foreach (var probe in new[] { 0.0, 1, 50, 400, 1000, 3999, 5000 })
        {
            var below = values.Count(v => v <= probe) / (double)values.Length;
            var aboveBucket = values.Count(v => v <= probe * gamma) / (double)values.Length;
            Assert.InRange(sketch.Rank(probe), below, aboveBucket);
        }
    }

    [Fact]
    public void Merge_equals_the_sketch_of_all_values_in_any_grouping_and_order()
    {
        var values = LogNormalLatencies(9, 3000).Concat(IntegerLengths(10, 1000)).ToArray();
        var whole = SketchJson.Write(Sketch(values));
        var parts = values.Chunk(333).Select(Sketch).ToList();
        var forward = new QuantileSketch();
        foreach (var part in parts) forward.Merge(part);
        var backward = new QuantileSketch();
        foreach (var part in Enumerable.Reverse(parts)) backward.Merge(part);
        Assert.Equal(whole, SketchJson.Write(forward));
        Assert.Equal(whole, SketchJson.Write(backward));
        Assert.Equal(whole, SketchJson.Write(Sketch(values.Reverse())));
    }

    [Theory]
    [InlineData("rising")]
    [InlineData("falling")]
    [InlineData("scattered")]
    public void Each_value_is_counted_in_its_bucket_or_the_floor_below_the_highest(string order)
    {
        // Values that drift up or down through many buckets move the sketch's window of counts, and some reach
        // the floor MaxBuckets below the highest: the buckets must be exactly those of the definition.
        var random = new Random(order.Length);
        var values = Enumerable.Range(0, 6000).Select(i => order switch
        {
            "rising" => Math.Pow(1.004, i) * (1 + random.NextDouble()) / 50,
            "falling" => Math.Pow(1.004, 6000 - i) * (1 + random.NextDouble()) / 50,
            _ => random.Next(5) == 0 ? 0 : Math.Pow(10, random.NextDouble() * 40 - 9),
        }).ToArray();
        var gamma = (1 + QuantileSketch.DefaultRelativeAccuracy) / (1 - QuantileSketch.DefaultRelativeAccuracy);
        var indices = values.Where(value => value >= QuantileSketch.ZeroThreshold)
            .Select(value => (int)Math.Ceiling(Math.Log(value) / Math.Log(gamma))).ToArray();
        var floor = indices.Max() - QuantileSketch.MaxBuckets + 1;
        var expected = indices.GroupBy(index => Math.Max(index, floor)).OrderBy(group => group.Key)
            .Select(group => KeyValuePair.Create(group.Key, (long)group.Count()));
        var sketch = Sketch(values);
        Assert.Equal(expected, sketch.Buckets);
        Assert.Equal(values.Count(value => value < QuantileSketch.ZeroThreshold), sketch.ZeroCount);
    }

    [Fact]
    public void Buckets_stay_bounded_and_merging_stays_exact_when_the_lowest_ones_collapse()
    {
        var random = new Random(11);
        var values = Enumerable.Range(0, 4000).Select(_ => Math.Pow(10, random.NextDouble() * 38 - 9)).ToArray();
        var whole = Sketch(values);
        Assert.True(whole.Buckets.Count() <= QuantileSketch.MaxBuckets);
        var (left, right) = (Sketch(values.Where((_, i) => i % 2 == 0)), Sketch(values.Where((_, i) => i % 2 == 1)));
        right.Merge(left);
        Assert.Equal(SketchJson.Write(whole), SketchJson.Write(right));
        var exact = values.Order().ToArray()[(int)Math.Floor(0.9 * (values.Length - 1))];
        Assert.InRange(whole.Quantile(0.9), exact * 0.99, exact * 1.01);
    }

    [Fact]
    public void Empty_sketches_answer_nan_and_invalid_values_are_refused()
    {
        var sketch = new QuantileSketch();
        Assert.True(double.IsNaN(sketch.Quantile(0.5)) && double.IsNaN(sketch.Rank(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => sketch.Add(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => sketch.Add(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => sketch.Quantile(1.5));
        Assert.Throws<InvalidOperationException>(() => sketch.Merge(new QuantileSketch(0.05)));
    }

    [Fact]
    public void Json_round_trips_and_self_merge_doubles_counts()
    {
        var sketch = Sketch(IntegerLengths(5, 500));
        var restored = SketchJson.AssertRoundTrips(sketch);
        Assert.Equal(sketch.Quantile(0.5), restored.Quantile(0.5));
        restored.Merge(restored);
        Assert.Equal(1000, restored.Count);
        Assert.Equal(sketch.Quantile(0.5), restored.Quantile(0.5));
    }

    [Theory]
    [InlineData("""{"relativeAccuracy":0.01,"count":3,"zeroCount":0,"min":1,"max":2,"indices":[0,35],"counts":[1,1]}""")]
    [InlineData("""{"relativeAccuracy":0.01,"count":2,"zeroCount":0,"min":2,"max":1,"indices":[0,35],"counts":[1,1]}""")]
    [InlineData("""{"relativeAccuracy":0.01,"count":1,"zeroCount":0,"min":1,"max":1,"indices":[0],"counts":[0]}""")]
    [InlineData("""{"relativeAccuracy":0.01,"count":2,"zeroCount":0,"min":1,"max":9,"indices":[0,5000],"counts":[1,1]}""")]
    [InlineData("""{"relativeAccuracy":2,"count":0,"zeroCount":0,"min":0,"max":0,"indices":[],"counts":[]}""")]
    public void Json_that_is_not_a_valid_sketch_is_rejected(string json) =>
        Assert.ThrowsAny<Exception>(() => SketchJson.Read<QuantileSketch>(json));
}
