using System.Text.Json;
using Probes.Core.Sketches;

namespace Probes.Core.Tests.Sketches;

public sealed class MomentsTests
{
    private static double[] Values(int seed, int count)
    {
        var random = new Random(seed);
        var values = new double[count];
        for (var i = 0; i < count; i++) values[i] = 1000 + random.NextDouble() * 50 - random.Next(3) * 400;
        return values;
    }

    private static Moments Of(IEnumerable<double> values)
    {
        var moments = new Moments();
        foreach (var value in values) moments.Add(value);
        return moments;
    }

    [Fact]
    public void Matches_the_two_pass_mean_and_sample_variance()
    {
        var values = Values(1, 500);
        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);
        var moments = Of(values);
        Assert.Equal(500, moments.Count);
        Assert.Equal(mean, moments.Mean, 1e-9);
        Assert.Equal(variance, moments.Variance, 1e-6);
        Assert.Equal(Math.Sqrt(variance), moments.StandardDeviation, 1e-9);
    }

    [Fact]
    public void Variance_is_zero_until_there_are_two_values()
    {
        var moments = Of([42]);
        Assert.Equal(42, moments.Mean);
        Assert.Equal(0, moments.Variance);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Merging_parts_equals_folding_the_whole(int seed)
    {
        var values = Values(seed, 1000);
        var random = new Random(seed);
        var merged = new Moments();
        var start = 0;
        while (start < values.Length)
        {
            var length = Math.Min(random.Next(1, 200), values.Length - start);
            merged.Merge(Of(values.Skip(start).Take(length)));
            start += length;
        }
        var whole = Of(values);
        Assert.Equal(whole.Count, merged.Count);
        Assert.Equal(whole.Mean, merged.Mean, 1e-9);
        Assert.Equal(1, merged.M2 / whole.M2, 1e-12);
    }

    [Fact]
    public void Merging_with_empty_changes_nothing_either_way()
    {
        var full = Of(Values(3, 20));
        var intoEmpty = new Moments();
        intoEmpty.Merge(full);
        full.Merge(new Moments());
        Assert.Equal((full.Count, full.Mean, full.M2), (intoEmpty.Count, intoEmpty.Mean, intoEmpty.M2));
    }

    [Fact]
    public void Json_round_trip_is_exact()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var moments = Of(Values(4, 37));
        var json = JsonSerializer.Serialize(moments, options);
        var back = JsonSerializer.Deserialize<Moments>(json, options)!;
        Assert.Contains("\"m2\":", json);
        Assert.Equal((moments.Count, moments.Mean, moments.M2), (back.Count, back.Mean, back.M2));
    }

    [Fact]
    public void Rejects_impossible_state()
    {
        Assert.Throws<ArgumentException>(() => new Moments(-1, 0, 0));
        Assert.Throws<ArgumentException>(() => new Moments(3, 1, -0.5));
        Assert.Throws<ArgumentException>(() => new Moments(0, 2, 0));
    }
}
