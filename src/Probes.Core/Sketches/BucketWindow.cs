namespace Probes.Core.Sketches;

/// <summary>
/// Positive counts by integer bucket index, held in one array over a contiguous range of indices that moves and
/// grows to take new ones. A <see cref="QuantileSketch"/> keeps its buckets within <see cref="QuantileSketch.MaxBuckets"/>
/// of each other, and values such as reply lengths fill a few hundred neighbouring buckets, so counting one is an
/// indexed add into a small array instead of a hash-table update (a fingerprint keeps one length sketch per
/// prompt, and their tables do not stay in cache between replies).
/// </summary>
internal sealed class BucketWindow
{
    private const int InitialLength = 64;

    private long[] _counts = [];
    // The bucket index of _counts[0].
    private int _start;

    /// <summary>Buckets with a non-zero count.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a positive count to a bucket.</summary>
    public void Add(int index, long count)
    {
        var offset = index - _start;
        if ((uint)offset >= (uint)_counts.Length)
        {
            Cover(index);
            offset = index - _start;
        }
        ref var slot = ref _counts[offset];
        if (slot == 0) Count++;
        slot += count;
    }

    /// <summary>Empties every bucket below <paramref name="floor"/>; returns the sum of their counts.</summary>
    public long TakeBelow(int floor)
    {
        var taken = 0L;
        var end = Math.Clamp(floor - _start, 0, _counts.Length);
        foreach (ref var slot in _counts.AsSpan(0, end))
        {
            if (slot == 0) continue;
            taken += slot;
            slot = 0;
            Count--;
        }
        return taken;
    }

    /// <summary>The non-zero buckets, ascending by index.</summary>
    public IEnumerable<KeyValuePair<int, long>> Ascending()
    {
        for (var offset = 0; offset < _counts.Length; offset++)
        {
            if (_counts[offset] != 0) yield return new KeyValuePair<int, long>(_start + offset, _counts[offset]);
        }
    }

    /// <summary>
    /// Moves the range to cover the index and every non-zero bucket, twice as wide as they need, with the room on
    /// the side the index lies (values drift that way); empty buckets outside are dropped, so the array stays within
    /// twice the span of the buckets in use.
    /// </summary>
    private void Cover(int index)
    {
        if (Count == 0)
        {
            _counts = new long[Math.Max(InitialLength, _counts.Length)];
            _start = index - _counts.Length / 2;
            return;
        }
        var used = _counts.AsSpan();
        var first = _start + used.IndexOfAnyExcept(0L);
        var last = _start + used.LastIndexOfAnyExcept(0L);
        var (low, high) = (Math.Min(first, index), Math.Max(last, index));
        var length = Math.Max(InitialLength, 2 * (high - low + 1));
        var start = index < first ? high + 1 - length : low;
        var moved = new long[length];
        used.Slice(first - _start, last - first + 1).CopyTo(moved.AsSpan(first - start));
        (_counts, _start) = (moved, start);
    }
}
