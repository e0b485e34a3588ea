namespace Probes.Core.Sketches;

/// <summary>The filter of Filtered Space-Saving: hashed buckets bounding the counts of unmonitored items.</summary>
public sealed partial class SpaceSavingTopK
{
    private long UnmonitoredBound(ulong hash) =>
        _filter is not null ? _filter[FilterBucket(hash)] : IsFull ? MinCount : 0;

    // Multiply-shift range reduction (Lemire, 2019) of the hash's top half: no division on the hot path.
    private int FilterBucket(ulong hash) => (int)(((hash >> 32) * (ulong)_filter!.Length) >> 32);

    private void RaiseFilter(ulong hash, long count)
    {
        var bucket = FilterBucket(hash);
        _filter![bucket] = Math.Max(_filter[bucket], count);
    }

    // A monitored item (a large share of an n-gram stream) is settled without reading the larger array of bounds,
    // and an unmonitored one first tests one bit: the test every filtered update makes reads 2 KB for 16,384
    // buckets, and the exact counts behind the bits are touched only when an item takes or loses a counter.
    private bool HasMonitored(int bucket) => (_bucketsWithMonitored![bucket >> 6] & (1UL << bucket)) != 0;

    private void CountMonitoredIn(int bucket, int change)
    {
        var monitored = _monitoredInBucket![bucket] += change;
        if (monitored > 0) _bucketsWithMonitored![bucket >> 6] |= 1UL << bucket;
        else _bucketsWithMonitored![bucket >> 6] &= ~(1UL << bucket);
    }

    private void ClearMonitored()
    {
        if (_monitoredInBucket is null) return;
        Array.Clear(_monitoredInBucket);
        Array.Clear(_bucketsWithMonitored!);
    }
}
