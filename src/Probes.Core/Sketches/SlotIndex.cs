using System.Numerics;

namespace Probes.Core.Sketches;

/// <summary>
/// Maps an item hash to its counter slot in <see cref="SpaceSavingTopK"/>: open addressing with linear probing
/// over a power-of-two table at most half full, indexed by the top bits of the (well-mixed) hash, deletions by
/// backward shifting so no tombstones build up under Space-Saving's constant churn. A lookup touches one or two
/// adjacent entries, where a general dictionary hashes again and follows a chain.
/// </summary>
internal sealed class SlotIndex
{
    private readonly ulong[] _keys;
    private readonly int[] _slotsPlusOne;
    private readonly int _mask;
    private readonly int _shift;

    public SlotIndex(int capacity)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, 2 * capacity));
        _keys = new ulong[size];
        _slotsPlusOne = new int[size];
        _mask = size - 1;
        _shift = 64 - BitOperations.Log2((uint)size);
    }

    public int Count { get; private set; }

    public bool TryGetValue(ulong hash, out int slot)
    {
        for (var i = Home(hash); ; i = (i + 1) & _mask)
        {
            var stored = _slotsPlusOne[i];
            if (stored == 0) break;
            if (_keys[i] == hash)
            {
                slot = stored - 1;
                return true;
            }
        }
        slot = -1;
        return false;
    }

    public bool ContainsKey(ulong hash) => TryGetValue(hash, out _);

    /// <summary>Adds the hash or moves it to another slot.</summary>
    public void Set(ulong hash, int slot)
    {
        var i = Home(hash);
        while (_slotsPlusOne[i] != 0 && _keys[i] != hash) i = (i + 1) & _mask;
        if (_slotsPlusOne[i] == 0) Count++;
        _keys[i] = hash;
        _slotsPlusOne[i] = slot + 1;
    }

    public void Remove(ulong hash)
    {
        var i = Home(hash);
        while (true)
        {
            if (_slotsPlusOne[i] == 0) return;
            if (_keys[i] == hash) break;
            i = (i + 1) & _mask;
        }
        Count--;
        // Backward shift: pull later entries of the run into the hole unless that would put one before its home.
        for (var j = (i + 1) & _mask; _slotsPlusOne[j] != 0; j = (j + 1) & _mask)
        {
            if (((j - Home(_keys[j])) & _mask) < ((j - i) & _mask)) continue;
            _keys[i] = _keys[j];
            _slotsPlusOne[i] = _slotsPlusOne[j];
            i = j;
        }
        _slotsPlusOne[i] = 0;
    }

    public void Clear()
    {
        Array.Clear(_slotsPlusOne);
        Count = 0;
    }

    private int Home(ulong hash) => (int)(hash >> _shift);
}
