namespace Probes.Core.Sketches;

/// <summary>
/// Binary min-heap of slot numbers ordered by their counts, with each slot's heap position tracked, so the
/// Space-Saving minimum is found in O(1) and a counter that grows is re-placed in O(log k).
/// </summary>
internal sealed class SlotHeap(int capacity)
{
    private readonly int[] _slots = new int[capacity];
    private readonly int[] _positions = new int[capacity];

    public int Count { get; private set; }

    public int Root => _slots[0];

    public void Clear() => Count = 0;

    public void Push(int slot, long[] counts)
    {
        _slots[Count] = slot;
        _positions[slot] = Count;
        Count++;
        SiftUp(Count - 1, counts);
    }

    /// <summary>Restores order after the slot's count increased (counts only ever grow in place).</summary>
    public void Increased(int slot, long[] counts) => SiftDown(_positions[slot], counts);

    private void SiftUp(int position, long[] counts)
    {
        while (position > 0)
        {
            var parent = (position - 1) / 2;
            if (counts[_slots[parent]] <= counts[_slots[position]]) return;
            Swap(position, parent);
            position = parent;
        }
    }

    private void SiftDown(int position, long[] counts)
    {
        while (true)
        {
            var smallest = position;
            var left = 2 * position + 1;
            var right = left + 1;
            if (left < Count && counts[_slots[left]] < counts[_slots[smallest]]) smallest = left;
            if (right < Count && counts[_slots[right]] < counts[_slots[smallest]]) smallest = right;
            if (smallest == position) return;
            Swap(position, smallest);
            position = smallest;
        }
    }

    private void Swap(int a, int b)
    {
        (_slots[a], _slots[b]) = (_slots[b], _slots[a]);
        _positions[_slots[a]] = a;
        _positions[_slots[b]] = b;
    }
}
