namespace Probes.Core.Sketches;

public sealed partial class SpaceSavingTopK
{
    public void Merge(SpaceSavingTopK other)
    {
        if (other.Capacity != Capacity || other.FilterBuckets != FilterBuckets)
        {
            throw new InvalidOperationException(
                $"Cannot merge a top-{other.Capacity} (filter {other.FilterBuckets}) into a top-{Capacity} (filter {FilterBuckets}).");
        }
        if (ReferenceEquals(other, this)) other = Clone();

        var candidates = new Dictionary<ulong, TopKEntry>(Count + other.Count);
        for (var slot = 0; slot < Count; slot++)
        {
            var (count, error) = other.CountOrBound(_hashes[slot]);
            candidates[_hashes[slot]] = new TopKEntry(_items[slot], _counts[slot] + count, _errors[slot] + error);
        }
        for (var slot = 0; slot < other.Count; slot++)
        {
            if (candidates.ContainsKey(other._hashes[slot])) continue;
            var bound = UnmonitoredBound(other._hashes[slot]);
            candidates[other._hashes[slot]] = new TopKEntry(other._items[slot], other._counts[slot] + bound, other._errors[slot] + bound);
        }
        if (_filter is not null)
        {
            for (var bucket = 0; bucket < _filter.Length; bucket++) _filter[bucket] += other._filter![bucket];
        }
        Total += other.Total;
        Rebuild(candidates.Values);
    }

    public SpaceSavingTopK Clone()
    {
        var copy = new SpaceSavingTopK(Capacity, FilterBuckets);
        copy.Merge(this);
        return copy;
    }

    internal IEnumerable<KeyValuePair<int, long>> FilterCounts()
    {
        if (_filter is null) yield break;
        for (var bucket = 0; bucket < _filter.Length; bucket++) yield return new KeyValuePair<int, long>(bucket, _filter[bucket]);
    }

    /// <summary>Rebuilds a summary from stored parts (the JSON form); validates what a merge relies on.</summary>
    internal static SpaceSavingTopK Restore(int capacity, int filterBuckets, long total,
        IReadOnlyCollection<TopKEntry> entries, IEnumerable<KeyValuePair<int, long>> filter)
    {
        var summary = new SpaceSavingTopK(capacity, filterBuckets);
        if (entries.Count > capacity) throw new ArgumentException($"{entries.Count} entries exceed capacity {capacity}.");
        foreach (var (bucket, count) in filter)
        {
            if (summary._filter is null || bucket < 0 || bucket >= filterBuckets || count < 0)
                throw new ArgumentException($"Invalid filter bucket {bucket}.");
            summary._filter[bucket] = count;
        }
        foreach (var entry in entries)
        {
            if (entry.Error < 0 || entry.Count < entry.Error || entry.Count <= 0)
                throw new ArgumentException($"Invalid counts for '{entry.Item}'.");
        }
        summary.Total = total;
        summary.Rebuild(entries);
        if (summary.Count != entries.Count) throw new ArgumentException("Duplicate items.");
        return summary;
    }

    private (long Count, long Error) CountOrBound(ulong hash)
    {
        if (_slotByHash.TryGetValue(hash, out var slot)) return (_counts[slot], _errors[slot]);
        var bound = UnmonitoredBound(hash);
        return (bound, bound);
    }

    /// <summary>Keeps the k largest candidates (canonical order breaks ties); the rest only raise the filter.</summary>
    private void Rebuild(IEnumerable<TopKEntry> candidates)
    {
        var ordered = candidates.ToArray();
        Array.Sort(ordered, ByCountThenItem);
        _slotByHash.Clear();
        ClearMonitored();
        _heap.Clear();
        MinCount = 0;
        foreach (var entry in ordered)
        {
            var hash = HashOf(entry.Item);
            if (_slotByHash.ContainsKey(hash)) continue;
            if (Count == Capacity)
            {
                if (_filter is not null) RaiseFilter(hash, entry.Count);
                continue;
            }
            Place(Count, entry.Item, hash, entry.Count, entry.Error);
            _heap.Push(Count, _counts[Count]);
            MinCount = _heap.RootCount;
        }
    }
}
