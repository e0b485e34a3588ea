using System.Text.Json.Serialization;

namespace Probes.Core.Sketches;

/// <summary>
/// Bottom-k MinHash (Broder, 1997; Cohen and Kaplan, 2007): the k smallest distinct 64-bit hashes of a set's
/// elements. The k smallest of a union are the k smallest of the two sketches' union, so merging is exact and
/// order-free, and two sketches estimate the Jaccard similarity of their sets without holding the sets.
/// Hashes must be well mixed (uniform over 64 bits). While fewer than k elements were seen the sketch holds
/// the whole set and every estimate is exact.
/// </summary>
[JsonConverter(typeof(BottomKMinHashJsonConverter))]
public sealed class BottomKMinHash
{
    public const int DefaultK = 256;

    private readonly ulong[] _hashes;
    private int _count;

    public BottomKMinHash(int k = DefaultK)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 2);
        _hashes = new ulong[k];
    }

    public int K => _hashes.Length;

    /// <summary>Hashes held: min(k, distinct elements seen).</summary>
    public int Count => _count;

    public bool IsFull => _count == K;

    /// <summary>The held hashes, ascending.</summary>
    public ReadOnlySpan<ulong> Hashes => _hashes.AsSpan(0, _count);

    public void Add(ulong hash)
    {
        // Past the first k elements almost every hash is larger than the k-th smallest: one comparison rejects it.
        if (_count == K && hash >= _hashes[K - 1]) return;
        var index = Array.BinarySearch(_hashes, 0, _count, hash);
        if (index >= 0) return;
        index = ~index;
        if (_count < K) _count++;
        Array.Copy(_hashes, index, _hashes, index + 1, _count - 1 - index);
        _hashes[index] = hash;
    }

    public void Merge(BottomKMinHash other)
    {
        RequireSameK(other);
        var merged = SmallestOfUnion(Hashes, other.Hashes, K);
        merged.CopyTo(_hashes, 0);
        _count = merged.Length;
    }

    public BottomKMinHash Clone()
    {
        var copy = new BottomKMinHash(K);
        copy.Merge(this);
        return copy;
    }

    /// <summary>
    /// Estimated distinct elements: exact below k, else (k − 1) / u_k where u_k is the k-th smallest hash as a
    /// fraction of the hash range (an unbiased estimator for bottom-k sketches).
    /// </summary>
    public double EstimateDistinct() =>
        IsFull ? (K - 1) / ((_hashes[K - 1] + 1.0) / 18446744073709551616.0) : _count;

    /// <summary>
    /// Estimated Jaccard similarity |A∩B| / |A∪B|: among the k smallest hashes of the union, the share held by
    /// both sketches (a hash among the union's k smallest that belongs to A is among A's k smallest). NaN when
    /// both sets are empty.
    /// </summary>
    public static double Jaccard(BottomKMinHash a, BottomKMinHash b)
    {
        a.RequireSameK(b);
        var union = SmallestOfUnion(a.Hashes, b.Hashes, a.K);
        if (union.Length == 0) return double.NaN;
        var shared = 0;
        foreach (var hash in union)
        {
            if (a.Hashes.BinarySearch(hash) >= 0 && b.Hashes.BinarySearch(hash) >= 0) shared++;
        }
        return (double)shared / union.Length;
    }

    /// <summary>Rebuilds a sketch from its JSON form; the hashes must be strictly ascending.</summary>
    internal static BottomKMinHash Restore(int k, IReadOnlyList<ulong> hashes)
    {
        var sketch = new BottomKMinHash(k);
        if (hashes.Count > k) throw new ArgumentException($"{hashes.Count} hashes exceed k = {k}.");
        for (var i = 0; i < hashes.Count; i++)
        {
            if (i > 0 && hashes[i] <= hashes[i - 1]) throw new ArgumentException("Hashes are not strictly ascending.");
            sketch._hashes[i] = hashes[i];
        }
        sketch._count = hashes.Count;
        return sketch;
    }

    private void RequireSameK(BottomKMinHash other)
    {
        if (other.K != K) throw new InvalidOperationException($"Cannot combine a bottom-{other.K} sketch with a bottom-{K} one.");
    }

    private static ulong[] SmallestOfUnion(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, int k)
    {
        var merged = new ulong[Math.Min(k, a.Length + b.Length)];
        int i = 0, j = 0, count = 0;
        while (count < merged.Length && (i < a.Length || j < b.Length))
        {
            ulong next;
            if (j >= b.Length || (i < a.Length && a[i] < b[j])) next = a[i++];
            else if (i >= a.Length || b[j] < a[i]) next = b[j++];
            else { next = a[i++]; j++; }
            merged[count++] = next;
        }
        return merged[..count];
    }
}
