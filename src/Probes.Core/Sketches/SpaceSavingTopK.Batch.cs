namespace Probes.Core.Sketches;

/// <summary>Counting many items of weight one in a row, for n-gram streams.</summary>
public sealed partial class SpaceSavingTopK
{
    /// <summary>
    /// Counts items known by their <see cref="HashOf"/>, each of weight one, in order, exactly as
    /// <see cref="TryCount"/> would one at a time, and stops at the first that must take a counter through
    /// <see cref="Admit"/>: returns how many were counted, the span's length when all were.
    /// </summary>
    internal int CountEach(ReadOnlySpan<ulong> hashes)
    {
        if (_filter is not { } filter || !IsFull)
        {
            for (var i = 0; i < hashes.Length; i++)
            {
                if (!TryCount(hashes[i], 1)) return i;
            }
            return hashes.Length;
        }
        // A full filtered summary stays full: the filter, the minimum and the total are kept in locals, and the
        // minimum is read again only after a monitored count, the one thing here that can raise it.
        var total = Total;
        var minimum = MinCount;
        var counted = 0;
        for (; counted < hashes.Length; counted++)
        {
            var hash = hashes[counted];
            var bucket = FilterBucket(hash);
            if (HasMonitored(bucket) && _slotByHash.TryGetValue(hash, out var slot))
            {
                Total = total;
                CountMonitored(slot, 1);
                (total, minimum) = (Total, MinCount);
                continue;
            }
            if (filter[bucket] + 1 > minimum) break;
            total++;
            filter[bucket]++;
        }
        Total = total;
        return counted;
    }
}
