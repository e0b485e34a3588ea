using System.Text.Json;
using Probes.Core.Sketches;

namespace Probes.Core.Tests.Sketches;

public sealed class BottomKMinHashTests
{
    private static BottomKMinHash Sketch(IEnumerable<ulong> hashes, int k = BottomKMinHash.DefaultK)
    {
        var sketch = new BottomKMinHash(k);
        foreach (var hash in hashes) sketch.Add(hash);
        return sketch;
    }

    [Fact]
    public void Keeps_the_k_smallest_distinct_hashes_in_ascending_order()
    {
        var hashes = SketchJson.Hashes(0, 5000).ToList();
        var sketch = Sketch(hashes.Concat(hashes.Take(100)), k: 64);
        Assert.Equal(hashes.Order().Take(64), sketch.Hashes.ToArray());
        Assert.True(sketch.IsFull);
    }

    [Fact]
    public void Below_k_the_sketch_is_the_set_and_estimates_are_exact()
    {
        var a = Sketch(SketchJson.Hashes(0, 100));
        var b = Sketch(SketchJson.Hashes(50, 100));
        Assert.Equal(100, a.EstimateDistinct());
        Assert.Equal(50.0 / 150, BottomKMinHash.Jaccard(a, b), 12);
        Assert.Equal(1, BottomKMinHash.Jaccard(a, a.Clone()));
        Assert.Equal(0, BottomKMinHash.Jaccard(a, Sketch(SketchJson.Hashes(1000, 10))));
        Assert.True(double.IsNaN(BottomKMinHash.Jaccard(new BottomKMinHash(), new BottomKMinHash())));
    }

    [Theory]
    [InlineData(0.2)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public void Jaccard_estimates_large_sets_within_four_standard_errors(double jaccard)
    {
        // |A| = |B| = 20,000 with overlap chosen so that |A∩B| / |A∪B| = jaccard; standard error √(J(1−J)/k).
        const int size = 20_000;
        var shared = (int)Math.Round(2 * size * jaccard / (1 + jaccard));
        var a = Sketch(SketchJson.Hashes(0, size));
        var b = Sketch(SketchJson.Hashes(size - shared, size));
        var exact = (double)shared / (2 * size - shared);
        var error = 4 * Math.Sqrt(exact * (1 - exact) / BottomKMinHash.DefaultK);
        Assert.InRange(BottomKMinHash.Jaccard(a, b), exact - error, exact + error);
    }

    [Fact]
    public void Distinct_count_of_a_large_set_is_estimated_within_four_standard_errors()
    {
        var estimate = Sketch(SketchJson.Hashes(7, 200_000)).EstimateDistinct();
        Assert.InRange(estimate, 200_000 * (1 - 4 / Math.Sqrt(254)), 200_000 * (1 + 4 / Math.Sqrt(254)));
    }

    [Fact]
    public void Merge_equals_the_sketch_of_the_union_in_any_order()
    {
        var hashes = SketchJson.Hashes(0, 3000).ToList();
        var whole = SketchJson.Write(Sketch(hashes));
        var (left, right) = (Sketch(hashes.Where((_, i) => i % 3 == 0)), Sketch(hashes.Where((_, i) => i % 3 != 0)));
        var leftFirst = left.Clone();
        leftFirst.Merge(right);
        right.Merge(left);
        Assert.Equal(whole, SketchJson.Write(leftFirst));
        Assert.Equal(whole, SketchJson.Write(right));
        right.Merge(right);
        Assert.Equal(whole, SketchJson.Write(right));
    }

    [Fact]
    public void Sketches_of_different_k_do_not_combine()
    {
        Assert.Throws<InvalidOperationException>(() => new BottomKMinHash(64).Merge(new BottomKMinHash(128)));
        Assert.Throws<InvalidOperationException>(() => BottomKMinHash.Jaccard(new BottomKMinHash(64), new BottomKMinHash(128)));
    }

    [Fact]
    public void Json_holds_hex_hashes_ascending_and_round_trips()
    {
        var sketch = Sketch([0x10UL, 0xFFFF_FFFF_FFFF_FFFFUL, 0x2UL], k: 4);
        Assert.Equal("""{"k":4,"hashes":["0000000000000002","0000000000000010","ffffffffffffffff"]}""", SketchJson.Write(sketch));
        SketchJson.AssertRoundTrips(Sketch(SketchJson.Hashes(0, 1000)));
    }

    [Theory]
    [InlineData("""{"k":4,"hashes":["0000000000000010","0000000000000002"]}""")]
    [InlineData("""{"k":1,"hashes":[]}""")]
    [InlineData("""{"k":2,"hashes":["01","02","03"]}""")]
    [InlineData("""{"k":2,"hashes":["0000000000000001","0000000000000002","0000000000000003"]}""")]
    public void Json_that_is_not_a_valid_sketch_is_rejected(string json) =>
        Assert.ThrowsAny<Exception>(() => SketchJson.Read<BottomKMinHash>(json));
}
