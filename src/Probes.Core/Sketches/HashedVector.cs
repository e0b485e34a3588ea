using System.Runtime.InteropServices;
using System.Text.Json.Serialization;

namespace Probes.Core.Sketches;

/// <summary>
/// Feature hashing with sign hashing (Weinberger et al., 2009): each feature adds ±1 to one of 2^bits buckets,
/// the low bits of its hash choosing the bucket and the top bit the sign, so collisions cancel in expectation
/// and inner products stay unbiased. Merging is bucket-wise addition of integer counts: exact, order-free.
/// Storage adapts: a per-batch delta touches a few thousand buckets and stays a sparse map (deltas and
/// snapshots cost what they hold); once an eighth of the buckets are in use, where a map would take about as
/// much memory as the array, it becomes a dense array, which makes each update a plain indexed add (and counting
/// the non-zero buckets a scan, done only when asked). The dense array holds 32-bit counts, half the memory a
/// fold's random updates go through, until a bucket could leave that range; it then widens to 64 bits.
/// </summary>
[JsonConverter(typeof(HashedVectorJsonConverter))]
public sealed class HashedVector
{
    public const int DefaultBucketBits = 16;

    private readonly int _mask;
    private Dictionary<int, long>? _sparse = [];
    private int[]? _dense;
    private long[]? _wide;
    // While dense: no bucket's magnitude exceeds this (it grows by each update's size), so 32 bits are checked per batch.
    private long _denseBound;

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
    public int NonZeroCount =>
        _sparse?.Count ?? (_dense is not null ? _dense.Length - _dense.AsSpan().Count(0) : _wide!.Length - _wide.AsSpan().Count(0L));

    public long this[int bucket] =>
        _sparse is not null ? _sparse.GetValueOrDefault(bucket) : _dense is not null ? _dense[bucket] : _wide![bucket];

    /// <summary>The non-zero buckets, in no particular order.</summary>
    public IEnumerable<KeyValuePair<int, long>> NonZero => _sparse ?? DenseNonZero();

    public int BucketOf(ulong featureHash) => (int)(featureHash & (ulong)_mask);

    // The top bit smeared over the word by an arithmetic shift (0 or −1), then or-ed with 1: no branch, which on
    // hash bits would be mispredicted every other feature.
    public static int SignOf(ulong featureHash) => (int)((long)featureHash >> 63) | 1;

    /// <summary>Adds <paramref name="weight"/> occurrences of the feature with this (well-mixed) hash.</summary>
    public void Add(ulong featureHash, long weight = 1) =>
        AddToBucket(BucketOf(featureHash), SignOf(featureHash) * weight);

    /// <summary>Adds one occurrence of each feature, in order: the same as <see cref="Add(ulong, long)"/> for each.</summary>
    public void AddEach(ReadOnlySpan<ulong> featureHashes)
    {
        if (_dense is not null && _denseBound + featureHashes.Length > int.MaxValue) Widen();
        var mask = (ulong)_mask;
        if (_dense is { } dense)
        {
            // Independent adds in a tight loop over a local array: the cache misses of successive updates overlap.
            _denseBound += featureHashes.Length;
            foreach (var hash in featureHashes) dense[(int)(hash & mask)] += SignOf(hash);
            return;
        }
        if (_wide is { } wide)
        {
            foreach (var hash in featureHashes) wide[(int)(hash & mask)] += SignOf(hash);
            return;
        }
        foreach (var hash in featureHashes) Add(hash);
    }

    public void Merge(HashedVector other)
    {
        if (other.BucketBits != BucketBits)
        {
            throw new InvalidOperationException($"Cannot merge a {other.BucketBits}-bit hashed vector into a {BucketBits}-bit one.");
        }
        var source = ReferenceEquals(other, this) ? other.Clone() : other;
        foreach (var (bucket, value) in source.NonZero) AddToBucket(bucket, value);
    }

    public HashedVector Clone()
    {
        var copy = new HashedVector(BucketBits);
        copy.Merge(this);
        return copy;
    }

    internal void AddToBucket(int bucket, long value)
    {
        if (_dense is not null)
        {
            var sum = _dense[bucket] + value;
            if (sum is >= int.MinValue and <= int.MaxValue)
            {
                _dense[bucket] = (int)sum;
                _denseBound = Math.Max(_denseBound, Math.Abs(sum));
                return;
            }
            Widen();
        }
        if (_wide is not null)
        {
            _wide[bucket] += value;
            return;
        }
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_sparse!, bucket, out _);
        slot += value;
        if (slot == 0) _sparse!.Remove(bucket);
        if (_sparse!.Count > Dimension / 8) Densify();
    }

    private void Densify()
    {
        var sparse = _sparse!;
        _sparse = null;
        _dense = new int[Dimension];
        foreach (var (bucket, value) in sparse) AddToBucket(bucket, value);
    }

    private void Widen()
    {
        _wide = Array.ConvertAll(_dense!, count => (long)count);
        _dense = null;
    }

    private IEnumerable<KeyValuePair<int, long>> DenseNonZero()
    {
        for (var bucket = 0; bucket < Dimension; bucket++)
        {
            var value = this[bucket];
            if (value != 0) yield return new KeyValuePair<int, long>(bucket, value);
        }
    }
}
