using System.Text.Json;
using Probes.Core.Sketches;

namespace Probes.Core.Tests.Sketches;

public sealed class SpaceSavingTopKTests
{
    /// <summary>A skewed stream: item i appears with probability ∝ 1/(i+1)^1.2 over a vocabulary of 2,000.</summary>
    private static string[] ZipfStream(int seed, int length)
    {
        var weights = Enumerable.Range(0, 2000).Select(i => 1 / Math.Pow(i + 1, 1.2)).ToArray();
        var cumulative = new double[weights.Length];
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++) cumulative[i] = sum += weights[i];
        var random = new Random(seed);
        var stream = new string[length];
        for (var i = 0; i < length; i++)
        {
            var index = Array.BinarySearch(cumulative, random.NextDouble() * sum);
            stream[i] = $"w{(index < 0 ? ~index : index)}";
        }
        return stream;
    }

    private static SpaceSavingTopK Summarise(IEnumerable<string> stream, int capacity, int filterBuckets)
    {
        var summary = new SpaceSavingTopK(capacity, filterBuckets);
        foreach (var item in stream) summary.Add(item.AsSpan());
        return summary;
    }

    private static void AssertGuarantees(SpaceSavingTopK summary, IReadOnlyCollection<string> stream)
    {
        var truth = stream.GroupBy(item => item).ToDictionary(group => group.Key, group => (long)group.Count());
        Assert.Equal(stream.Count, summary.Total);
        foreach (var entry in summary.Entries)
        {
            Assert.True(entry.Count >= truth[entry.Item], $"{entry.Item} underestimated");
            Assert.True(entry.GuaranteedCount <= truth[entry.Item], $"{entry.Item} lower bound too high");
        }
        var monitored = summary.Entries.Select(entry => entry.Item).ToHashSet();
        foreach (var (item, frequency) in truth)
        {
            if (frequency > stream.Count / summary.Capacity) Assert.Contains(item, monitored);
            Assert.True(summary.EstimateOf(item) >= frequency, $"{item} estimate below its frequency");
        }
    }

    [Fact]
    public void Below_capacity_counts_are_exact_and_entries_are_in_canonical_order()
    {
        var summary = Summarise(["b", "a", "c", "a", "b", "a"], capacity: 5, filterBuckets: 0);
        Assert.Equal([new("a", 3, 0), new("b", 2, 0), new("c", 1, 0)], summary.Entries);
        Assert.Equal(6, summary.Total);
        Assert.False(summary.IsFull);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(256)]
    public void Keeps_every_heavy_hitter_and_bounds_every_count(int filterBuckets)
    {
        var stream = ZipfStream(21, 20_000);
        var summary = Summarise(stream, capacity: 50, filterBuckets);
        Assert.True(summary.IsFull);
        AssertGuarantees(summary, stream);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(256)]
    public void Merged_summaries_keep_the_guarantees_for_the_union(int filterBuckets)
    {
        var stream = ZipfStream(22, 30_000);
        var merged = new SpaceSavingTopK(50, filterBuckets);
        foreach (var part in stream.Chunk(7_000)) merged.Merge(Summarise(part, 50, filterBuckets));
        AssertGuarantees(merged, stream);
    }

    [Fact]
    public void Merging_below_capacity_equals_summarising_the_concatenation()
    {
        string[] first = ["x", "y", "x", "z"], second = ["y", "y", "q", "x"];
        var merged = Summarise(first, 10, 0);
        merged.Merge(Summarise(second, 10, 0));
        Assert.Equal(Summarise([.. first, .. second], 10, 0).Entries, merged.Entries);
        Assert.Equal(8, merged.Total);
    }

    [Fact]
    public void Merging_keeps_the_largest_counts_when_the_union_exceeds_capacity()
    {
        var merged = Summarise(["a", "a", "a", "b"], 2, 0);
        merged.Merge(Summarise(["c", "c", "d"], 2, 0));
        Assert.Equal(["a", "c"], merged.Entries.Select(entry => entry.Item));
        Assert.Equal(7, merged.Total);
    }

    [Fact]
    public void Filter_stops_singletons_from_taking_counters()
    {
        var summary = new SpaceSavingTopK(2, filterBuckets: 1024);
        foreach (var item in new[] { "a", "a", "a", "b", "b", "b" }) summary.Add(item);
        for (var i = 0; i < 100; i++) summary.Add($"rare{i}");
        Assert.Equal(["a", "b"], summary.Entries.Select(entry => entry.Item));
        Assert.Equal(106, summary.Total);
    }

    [Fact]
    public void Adding_a_monitored_item_as_a_span_reuses_the_stored_string()
    {
        var summary = new SpaceSavingTopK(4);
        var original = new string("answer".AsSpan());
        summary.Add(original);
        summary.Add("answer".AsSpan());
        Assert.Same(original, summary.Entries[0].Item);
        Assert.Equal(2, summary.Entries[0].Count);
    }

    [Fact]
    public void Summaries_of_different_shape_do_not_merge()
    {
        Assert.Throws<InvalidOperationException>(() => new SpaceSavingTopK(4).Merge(new SpaceSavingTopK(5)));
        Assert.Throws<InvalidOperationException>(() => new SpaceSavingTopK(4, 8).Merge(new SpaceSavingTopK(4)));
    }

    [Fact]
    public void Json_round_trip_preserves_counts_errors_and_filter()
    {
        var summary = Summarise(ZipfStream(23, 3_000), 20, 64);
        var json = JsonSerializer.Serialize(summary);
        var back = JsonSerializer.Deserialize<SpaceSavingTopK>(json)!;
        Assert.Equal(summary.Entries, back.Entries);
        Assert.Equal((summary.Total, summary.FilterBuckets), (back.Total, back.FilterBuckets));
        Assert.Equal(json, JsonSerializer.Serialize(back));
        Assert.Equal(summary.EstimateOf("w1999"), back.EstimateOf("w1999"));
    }

    [Theory]
    [InlineData("""{"capacity":1,"filterBuckets":0,"total":2,"entries":[{"item":"a","count":1,"error":0},{"item":"b","count":1,"error":0}]}""")]
    [InlineData("""{"capacity":3,"filterBuckets":0,"total":2,"entries":[{"item":"a","count":1,"error":0},{"item":"a","count":1,"error":0}]}""")]
    [InlineData("""{"capacity":3,"filterBuckets":0,"total":2,"entries":[{"item":"a","count":1,"error":2}]}""")]
    public void Json_that_breaks_the_invariants_is_rejected(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<SpaceSavingTopK>(json));

    [Theory]
    [InlineData(0)]
    [InlineData(64)]
    public void Adding_by_name_equals_adding_by_span_whatever_strings_repeat(int filterBuckets)
    {
        // Runs of one value in fresh strings (a target's model name), interleaved with others: the hash kept for the
        // last name must never stand in for a different one.
        var random = new Random(7);
        var names = new[] { "stop", "length", "sim-teacher (synthetic)", "sim-teacher (synthetic) ", "Stop", "st\u00F6p", "\U0001F642" };
        var stream = Enumerable.Range(0, 3000).Select(_ => names[random.Next(random.Next(2) == 0 ? 2 : names.Length)]).ToArray();
        var byName = new SpaceSavingTopK(4, filterBuckets);
        foreach (var name in stream) byName.Add(new string(name.AsSpan()));
        var bySpan = Summarise(stream, capacity: 4, filterBuckets);
        Assert.Equal(bySpan.Entries, byName.Entries);
        Assert.Equal(bySpan.Total, byName.Total);
    }
}
