using System.Text.Json;
using Probes.Core.Sketches;

namespace Probes.Core.Tests.Sketches;

public sealed class HashedVectorTests
{
    private const ulong PositiveFeature = 0x0000_0000_0000_0105UL;
    private const ulong NegativeFeatureSameBucket = 0x8000_0000_0000_0105UL;

    [Fact]
    public void Low_bits_choose_the_bucket_and_the_top_bit_the_sign()
    {
        var vector = new HashedVector(8);
        vector.Add(PositiveFeature);
        vector.Add(PositiveFeature, 2);
        Assert.Equal(5, vector.BucketOf(PositiveFeature));
        Assert.Equal(3, vector[5]);
        Assert.Equal(-1, HashedVector.SignOf(NegativeFeatureSameBucket));
    }

    [Theory]
    [InlineData(8, 10)]
    [InlineData(8, 5000)]
    [InlineData(16, 50000)]
    public void Adding_each_of_a_span_equals_adding_them_one_at_a_time(int bucketBits, int features)
    {
        var random = new Random(features);
        var hashes = Enumerable.Range(0, features).Select(_ => (ulong)random.NextInt64() * 3 ^ (ulong)random.Next(2) << 63).ToArray();
        var one = new HashedVector(bucketBits);
        foreach (var hash in hashes) one.Add(hash);
        var each = new HashedVector(bucketBits);
        each.AddEach(hashes.AsSpan(0, features / 3));
        each.AddEach(hashes.AsSpan(features / 3));
        Assert.Equal(one.NonZero.OrderBy(bucket => bucket.Key), each.NonZero.OrderBy(bucket => bucket.Key));
    }

    [Fact]
    public void Colliding_features_of_opposite_sign_cancel_and_leave_no_entry()
    {
        var vector = new HashedVector(8);
        vector.Add(PositiveFeature);
        vector.Add(NegativeFeatureSameBucket);
        Assert.Equal(0, vector[5]);
        Assert.Equal(0, vector.NonZeroCount);
    }

    [Fact]
    public void Merge_adds_bucket_by_bucket_and_equals_adding_everything_to_one()
    {
        var random = new Random(5);
        var (left, right, whole) = (new HashedVector(10), new HashedVector(10), new HashedVector(10));
        for (var i = 0; i < 5000; i++)
        {
            var feature = (ulong)random.NextInt64() * 0x9E3779B97F4A7C15UL;
            (i % 3 == 0 ? left : right).Add(feature);
            whole.Add(feature);
        }
        left.Merge(right);
        Assert.Equal(Sorted(whole), Sorted(left));
    }

    [Fact]
    public void Filling_past_an_eighth_of_the_buckets_keeps_every_value_and_the_json()
    {
        var random = new Random(6);
        var (sparse, growing) = (new HashedVector(8), new HashedVector(8));
        var features = Enumerable.Range(0, 40).Select(_ => (ulong)random.NextInt64() * 0x9E3779B97F4A7C15UL).ToArray();
        foreach (var feature in features.Take(20)) sparse.Add(feature);
        foreach (var feature in features) growing.Add(feature);
        foreach (var feature in features.Skip(20)) growing.Add(feature, -1);
        Assert.Equal(Sorted(sparse), Sorted(growing));
        Assert.Equal(sparse.NonZeroCount, growing.NonZeroCount);
        Assert.Equal(JsonSerializer.Serialize(sparse), JsonSerializer.Serialize(growing));
        foreach (var feature in features.Take(20)) growing.Add(feature, -1);
        Assert.Equal(0, growing.NonZeroCount);
    }

    [Fact]
    public void A_dense_vector_keeps_counts_beyond_32_bits_exactly()
    {
        var vector = new HashedVector(4);
        foreach (var bucket in Enumerable.Range(0, 16)) vector.Add((ulong)bucket);
        vector.Add(PositiveFeature, int.MaxValue - 1L);
        Assert.Equal(int.MaxValue, vector[5]);
        vector.AddEach([PositiveFeature, PositiveFeature, NegativeFeatureSameBucket + 1]);
        Assert.Equal(int.MaxValue + 2L, vector[5]);
        Assert.Equal(0, vector[6]);
        vector.Add(NegativeFeatureSameBucket, 2L * int.MaxValue);
        Assert.Equal(2L - int.MaxValue, vector[5]);
        Assert.Equal(15, vector.NonZeroCount);
    }

    [Fact]
    public void Merging_a_vector_into_itself_doubles_it()
    {
        var vector = new HashedVector(8);
        vector.Add(PositiveFeature, 4);
        vector.Merge(vector);
        Assert.Equal(8, vector[5]);
    }

    [Fact]
    public void Vectors_of_different_width_do_not_merge() =>
        Assert.Throws<InvalidOperationException>(() => new HashedVector(8).Merge(new HashedVector(9)));

    [Fact]
    public void Json_is_canonical_and_round_trips()
    {
        var vector = new HashedVector(12);
        foreach (var feature in new ulong[] { 77, 3, 0x8000_0000_0000_0040UL, 4095, 3 }) vector.Add(feature);
        var json = JsonSerializer.Serialize(vector);
        Assert.Equal("""{"bucketBits":12,"buckets":[3,64,77,4095],"values":[2,-1,1,1]}""", json);
        var back = JsonSerializer.Deserialize<HashedVector>(json)!;
        Assert.Equal(Sorted(vector), Sorted(back));
        Assert.Equal(json, JsonSerializer.Serialize(back));
    }

    [Fact]
    public void Json_with_a_bucket_outside_the_vector_is_rejected() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<HashedVector>("""{"bucketBits":4,"buckets":[16],"values":[1]}"""));

    private static List<KeyValuePair<int, long>> Sorted(HashedVector vector) =>
        vector.NonZero.OrderBy(entry => entry.Key).ToList();
}
