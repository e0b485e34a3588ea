using System.Text.Json.Serialization;
using Probes.Core.Text;

namespace Probes.Core.Sketches;

/// <summary>
/// Space-Saving heavy hitters (Metwally, Agrawal and El Abbadi, 2005): k counters; an unmonitored item replaces
/// the smallest counter and inherits its count as its error, so every item whose frequency exceeds n/k is kept and
/// no count is ever underestimated. With <c>filterBuckets</c> &gt; 0 it is Filtered Space-Saving (Homem and
/// Carvalho, 2010): unmonitored items first accumulate in hashed filter buckets and take a counter only once their
/// bucket outgrows the minimum, which stops rare items (most n-grams) from churning the counters.
/// Merging follows Cafaro et al. (2016): counts add, an item missing from one side is charged that side's upper
/// bound for unmonitored items, and the k largest are kept. Below capacity every count is exact.
/// </summary>
[JsonConverter(typeof(SpaceSavingTopKJsonConverter))]
public sealed partial class SpaceSavingTopK
{
    private readonly string[] _items;
    private readonly ulong[] _hashes;
    private readonly long[] _counts;
    private readonly long[] _errors;
    private readonly SlotIndex _slotByHash;
    private readonly SlotHeap _heap;
    // The filter: per bucket, the bound on the counts of unmonitored items, and apart from it how many monitored
    // items hash there, with one bit a bucket saying whether any does (SpaceSavingTopK.Filter.cs).
    private readonly long[]? _filter;
    private readonly int[]? _monitoredInBucket;
    private readonly ulong[]? _bucketsWithMonitored;
    // The last item added by name and its hash (SpaceSavingTopK.Repeats.cs).
    private string? _lastItem;
    private ulong _lastHash;

    public SpaceSavingTopK(int capacity, int filterBuckets = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        ArgumentOutOfRangeException.ThrowIfNegative(filterBuckets);
        _items = new string[capacity];
        _hashes = new ulong[capacity];
        _counts = new long[capacity];
        _errors = new long[capacity];
        _slotByHash = new SlotIndex(capacity);
        _heap = new SlotHeap(capacity);
        _filter = filterBuckets > 0 ? new long[filterBuckets] : null;
        _monitoredInBucket = filterBuckets > 0 ? new int[filterBuckets] : null;
        _bucketsWithMonitored = filterBuckets > 0 ? new ulong[(filterBuckets + 63) / 64] : null;
    }

    public int Capacity => _items.Length;

    public int FilterBuckets => _filter?.Length ?? 0;

    /// <summary>n: the total weight added, monitored or not.</summary>
    public long Total { get; private set; }

    public int Count => _heap.Count;

    public bool IsFull => Count == Capacity;

    /// <summary>The smallest monitored count, kept in a field since every filtered update compares against it.</summary>
    public long MinCount { get; private set; }

    /// <summary>Monitored items, largest count first, ties by ordinal item order (a canonical order).</summary>
    public IReadOnlyList<TopKEntry> Entries
    {
        get
        {
            var entries = new TopKEntry[Count];
            for (var slot = 0; slot < Count; slot++) entries[slot] = new TopKEntry(_items[slot], _counts[slot], _errors[slot]);
            Array.Sort(entries, ByCountThenItem);
            return entries;
        }
    }

    /// <summary>
    /// The hash that identifies an item: the <see cref="PolynomialHash"/> of its characters, mixed. Polynomial
    /// hashes compose, so a caller can derive the hash of a phrase from the hashes of its words; callers passing
    /// a precomputed hash must compute exactly this.
    /// </summary>
    public static ulong HashOf(ReadOnlySpan<char> item) => StableHash.Mix(PolynomialHash.Of(item));

    public void Add(string item, long weight = 1)
    {
        var hash = HashOfRepeated(item);
        if (!TryCount(hash, weight)) Admit(item, hash, weight);
    }

    /// <summary>Adds an item given as a span; a string is allocated only if the item takes a counter.</summary>
    public void Add(ReadOnlySpan<char> item, long weight = 1)
    {
        var hash = HashOf(item);
        if (!TryCount(hash, weight)) Admit(new string(item), hash, weight);
    }

    /// <summary>An upper bound on the item's frequency: its count if monitored, else the bound for unmonitored items.</summary>
    public long EstimateOf(ReadOnlySpan<char> item)
    {
        var hash = HashOf(item);
        return _slotByHash.TryGetValue(hash, out var slot) ? _counts[slot] : UnmonitoredBound(hash);
    }

    /// <summary>
    /// Counts an item known by its <see cref="HashOf"/> if it is monitored, or lets the filter absorb it; returns
    /// false, having counted nothing, when the item must take a counter through <see cref="Admit"/>. The split lets
    /// callers build an item's text only when it is admitted.
    /// </summary>
    internal bool TryCount(ulong hash, long weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        if (_filter is null || !IsFull)
        {
            if (!_slotByHash.TryGetValue(hash, out var slot)) return false;
            CountMonitored(slot, weight);
            return true;
        }
        // Most items are unmonitored and share their filter bucket with no monitored item: one read settles it.
        var bucket = FilterBucket(hash);
        if (HasMonitored(bucket) && _slotByHash.TryGetValue(hash, out var monitored))
        {
            CountMonitored(monitored, weight);
            return true;
        }
        if (_filter[bucket] + weight > MinCount) return false;
        Total += weight;
        _filter[bucket] += weight;
        return true;
    }

    private void CountMonitored(int slot, long weight)
    {
        Total += weight;
        _counts[slot] += weight;
        _heap.Increased(slot, _counts[slot]);
        MinCount = _heap.RootCount;
    }

    /// <summary>Gives an unmonitored item a counter: a free one, else the smallest, whose count it inherits as error.</summary>
    internal void Admit(string item, ulong hash, long weight)
    {
        Total += weight;
        if (!IsFull)
        {
            Place(Count, item, hash, weight, 0);
            _heap.Push(Count, _counts[Count]);
            MinCount = _heap.RootCount;
            return;
        }
        var inherited = _filter is null ? MinCount : _filter[FilterBucket(hash)];
        var slot = _heap.Root;
        Evict(slot);
        Place(slot, item, hash, inherited + weight, inherited);
        _heap.Increased(slot, _counts[slot]);
        MinCount = _heap.RootCount;
    }

    private void Place(int slot, string item, ulong hash, long count, long error)
    {
        _items[slot] = item;
        _hashes[slot] = hash;
        _counts[slot] = count;
        _errors[slot] = error;
        _slotByHash.Set(hash, slot);
        if (_filter is not null) CountMonitoredIn(FilterBucket(hash), +1);
    }

    // The evicted item's count stays an upper bound for it through its filter bucket.
    private void Evict(int slot)
    {
        _slotByHash.Remove(_hashes[slot]);
        if (_filter is not null)
        {
            CountMonitoredIn(FilterBucket(_hashes[slot]), -1);
            RaiseFilter(_hashes[slot], _counts[slot]);
        }
    }

    private static readonly Comparison<TopKEntry> ByCountThenItem = (a, b) =>
        a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Item, b.Item);
}
