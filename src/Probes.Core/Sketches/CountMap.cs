using System.Numerics;

namespace Probes.Core.Sketches;

/// <summary>
/// Counts by non-negative integer key: open addressing with linear probing over a power-of-two table kept at
/// most half full, Fibonacci hashing of the key, key and count side by side in 8 bytes so an update touches one
/// cache line and many tables stay in cache. Built for tables incremented hundreds of times per response
/// (<see cref="PositionCharTable"/>), whose cells count responses to one prompt: a 32-bit count is ample, and
/// exceeding it throws rather than wraps.
/// </summary>
internal sealed class CountMap
{
    private const int Empty = -1;

    private Entry[] _entries;
    private int _shift;

    public CountMap(int initialCapacity = 256)
    {
        (_entries, _shift) = Allocate((int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, 2 * initialCapacity)));
    }

    public int Count { get; private set; }

    /// <summary>The entries, in no particular order.</summary>
    public IEnumerable<KeyValuePair<int, long>> Entries
    {
        get
        {
            for (var i = 0; i < _entries.Length; i++)
            {
                if (_entries[i].Key != Empty) yield return new KeyValuePair<int, long>(_entries[i].Key, _entries[i].Count);
            }
        }
    }

    public long this[int key]
    {
        get
        {
            var entries = _entries;
            var mask = entries.Length - 1;
            for (var i = Home(key); ; i = (i + 1) & mask)
            {
                if (entries[i].Key == key) return entries[i].Count;
                if (entries[i].Key == Empty) return 0;
            }
        }
    }

    public void Add(int key, long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(key);
        var entries = _entries;
        var mask = entries.Length - 1;
        var i = Home(key);
        while (true)
        {
            ref var entry = ref entries[i];
            if (entry.Key == key)
            {
                entry.Count = checked((int)(entry.Count + count));
                return;
            }
            if (entry.Key == Empty)
            {
                entry = new Entry(key, checked((int)count));
                if (++Count * 2 > entries.Length) Grow();
                return;
            }
            i = (i + 1) & mask;
        }
    }

    private int Home(int key) => (int)(((uint)key * 0x9E3779B9u) >> _shift);

    private void Grow()
    {
        var old = _entries;
        (_entries, _shift) = Allocate(old.Length * 2);
        Count = 0;
        foreach (var entry in old)
        {
            if (entry.Key != Empty) Add(entry.Key, entry.Count);
        }
    }

    private static (Entry[] Entries, int Shift) Allocate(int size)
    {
        var entries = new Entry[size];
        Array.Fill(entries, new Entry(Empty, 0));
        return (entries, 32 - BitOperations.Log2((uint)size));
    }

    private record struct Entry(int Key, int Count);
}
