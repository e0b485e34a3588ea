using System.Runtime.InteropServices;
using System.Text.Json.Serialization;

namespace Probes.Core.Sketches;

/// <summary>
/// Feature hashing with sign hashing (Weinberger et al., 2009): each feature adds ±1 to one of 2^bits buckets,
/// the low bits of its hash choosing the bucket and the top bit the sign, so collisions cancel in expectation
/// and inner products stay unbiased. Merging is bucket-wise addition.
/// Stored sparsely with integer counts: a per-batch delta touches a few thousand buckets, not 65,536, so
/// deltas and snapshots cost what they hold; integer sums make merges exact and independent of order.
/// </summary>
[JsonConverter(typeof(HashedVectorJsonConverter))]
public sealed class HashedVector
{
    public const int DefaultBucketBits = 16;

    private readonly Dictionary<int, long> _values = [];
    private readonly int _mask;

    public HashedVector(int bucketBits = DefaultBucketBits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bucketBits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bucketBits, 24);
        BucketBits = bucketBits;
        _mask = (1 << bucketBits) - 1;
    }

    public int BucketBits { get; }

    public int Dimension => 1 << BucketBits;

    /// <summary>Buckets whose signed sum is not zero.</summary>
    public int NonZeroCount => _values.Count;

    public long this[int bucket] => _values.GetValueOrDefault(bucket);

    /// <summary>The non-zero buckets, in no particular order.</summary>
    public IEnumerable<KeyValuePair<int, long>> NonZero => _values;

    public int BucketOf(ulong featureHash) => (int)(featureHash & (ulong)_mask);

    public static int SignOf(ulong featureHash) => (featureHash >> 63) == 0 ? 1 : -1;

    /// <summary>Adds <paramref name="weight"/> occurrences of the feature with this (well-mixed) hash.</summary>
    public void Add(ulong featureHash, long weight = 1) =>
        AddToBucket(BucketOf(featureHash), SignOf(featureHash) * weight);

    public void Merge(HashedVector other)
    {
        if (other.BucketBits != BucketBits)
        {
            throw new InvalidOperationException($"Cannot merge a {other.BucketBits}-bit hashed vector into a {BucketBits}-bit one.");
        }
        var source = ReferenceEquals(other, this) ? other.Clone() : other;
        foreach (var (bucket, value) in source._values) AddToBucket(bucket, value);
    }

    public HashedVector Clone()
    {
        var copy = new HashedVector(BucketBits);
        copy.Merge(this);
        return copy;
    }

    internal void AddToBucket(int bucket, long value)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_values, bucket, out _);
        slot += value;
        if (slot == 0) _values.Remove(bucket);
    }
}
