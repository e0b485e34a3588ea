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
}
