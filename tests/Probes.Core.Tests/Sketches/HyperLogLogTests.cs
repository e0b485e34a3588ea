using Probes.Core.Sketches;

namespace Probes.Core.Tests.Sketches;

public sealed class HyperLogLogTests
{
    private static HyperLogLog Sketch(IEnumerable<ulong> hashes, int precision = HyperLogLog.DefaultPrecision)
    {
        var sketch = new HyperLogLog(precision);
        foreach (var hash in hashes) sketch.Add(hash);
        return sketch;
    }

    public static TheoryData<int, int> Cardinalities()
    {
        var data = new TheoryData<int, int>();
        foreach (var precision in new[] { 12, 14 })
        {
            foreach (var cardinality in new[] { 10, 100, 1_000, 10_000, 100_000, 1_000_000 }) data.Add(precision, cardinality);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cardinalities))]
    public void Estimates_are_within_four_standard_errors_from_tiny_to_large_cardinalities(int precision, int cardinality)
    {
        var relativeError = 4 * 1.04 / Math.Sqrt(1 << precision);
        var estimate = Sketch(SketchJson.Hashes(cardinality, cardinality), precision).Estimate();
        Assert.InRange(estimate, cardinality * (1 - relativeError), cardinality * (1 + relativeError));
    }

    [Fact]
    public void Small_cardinalities_are_nearly_exact_and_empty_is_zero()
    {
        Assert.Equal(0, new HyperLogLog().Estimate());
        Assert.Equal(5, Sketch(SketchJson.Hashes(0, 5)).Estimate(), 0.05);
    }

    [Fact]
    public void Repeated_elements_do_not_change_the_sketch()
    {
        var hashes = SketchJson.Hashes(0, 2000).ToList();
        Assert.Equal(SketchJson.Write(Sketch(hashes)), SketchJson.Write(Sketch(hashes.Concat(hashes).Concat(hashes.Take(500)))));
    }

    [Fact]
    public void Merge_is_the_register_maximum_and_equals_the_sketch_of_the_union()
    {
        var hashes = SketchJson.Hashes(0, 50_000).ToList();
        var (left, right) = (Sketch(hashes.Take(30_000)), Sketch(hashes.Skip(20_000)));
        left.Merge(right);
        Assert.Equal(SketchJson.Write(Sketch(hashes)), SketchJson.Write(left));
        Assert.Throws<InvalidOperationException>(() => left.Merge(new HyperLogLog(12)));
    }

    [Fact]
    public void The_rank_counts_leading_zeros_after_the_index_bits()
    {
        var sketch = new HyperLogLog(12);
        sketch.Add(0x0018_0000_0000_0000UL);
        sketch.Add(0xFFF0_0000_0000_0000UL);
        Assert.Equal(1, sketch.Registers[1]);
        Assert.Equal(sketch.MaxRank, sketch.Registers[4095]);
    }

    [Fact]
    public void Json_is_sparse_for_few_registers_and_base64_for_many_and_both_round_trip()
    {
        var sparse = Sketch(SketchJson.Hashes(0, 100));
        Assert.Contains("\"indices\"", SketchJson.Write(sparse));
        SketchJson.AssertRoundTrips(sparse);
        var dense = Sketch(SketchJson.Hashes(0, 100_000));
        Assert.Contains("\"registers\"", SketchJson.Write(dense));
        Assert.Equal(dense.Estimate(), SketchJson.AssertRoundTrips(dense).Estimate());
    }

    [Theory]
    [InlineData("""{"precision":12,"indices":[1],"ranks":[60]}""")]
    [InlineData("""{"precision":12,"indices":[5000],"ranks":[1]}""")]
    [InlineData("""{"precision":12,"indices":[3,2],"ranks":[1,1]}""")]
    [InlineData("""{"precision":12,"registers":"AAAA"}""")]
    [InlineData("""{"precision":30,"indices":[],"ranks":[]}""")]
    public void Json_that_is_not_a_valid_sketch_is_rejected(string json) =>
        Assert.ThrowsAny<Exception>(() => SketchJson.Read<HyperLogLog>(json));
}
