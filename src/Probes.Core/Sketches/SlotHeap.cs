namespace Probes.Core.Sketches;

/// <summary>
/// Binary min-heap of slot numbers ordered by their counts, with each slot's heap position tracked, so the
/// Space-Saving minimum is found in O(1) and a counter that grows is re-placed in O(log k). The heap keeps its
/// own copy of each entry's count beside the entry: a monitored item is counted on a large share of updates, and
/// comparing children then reads one array in heap order instead of following each slot to its count.
/// </summary>
internal sealed class SlotHeap(int capacity)
{
    private readonly int[] _slots = new int[capacity];
    private readonly long[] _counts = new long[capacity];
    private readonly int[] _positions = new int[capacity];

    public int Count { get; private set; }

    public int Root => _slots[0];

    /// <summary>The count of <see cref="Root"/>: the smallest.</summary>
    public long RootCount => _counts[0];

    public void Clear() => Count = 0;

    public void Push(int slot, long count)
    {
        var position = Count++;
        // Moves the hole up past larger parents, as a sequence of swaps would, and fills it with the new entry.
        while (position > 0)
        {
            var parent = (position - 1) / 2;
            if (_counts[parent] <= count) break;
            Place(position, _slots[parent], _counts[parent]);
            position = parent;
        }
        Place(position, slot, count);
    }

    /// <summary>Restores order after the slot's count grew to <paramref name="count"/> (counts only ever grow in place).</summary>
    public void Increased(int slot, long count)
    {
        var position = _positions[slot];
        var size = Count;
        // Moves the hole down while the smaller child (the left one on a tie) is smaller than the new count: the
        // same places a sequence of swaps with the smallest of parent and children reaches.
        while (true)
        {
            var child = 2 * position + 1;
            if (child >= size) break;
            if (child + 1 < size && _counts[child + 1] < _counts[child]) child++;
            if (_counts[child] >= count) break;
            Place(position, _slots[child], _counts[child]);
            position = child;
        }
        Place(position, slot, count);
    }

    private void Place(int position, int slot, long count)
    {
        _slots[position] = slot;
        _counts[position] = count;
        _positions[slot] = position;
    }
}
