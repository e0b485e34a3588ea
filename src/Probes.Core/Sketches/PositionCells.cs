namespace Probes.Core.Sketches;

/// <summary>
/// The (position, symbol) counts of a <see cref="PositionCharTable"/>, keyed position · symbol space + symbol.
/// Storage adapts, as <see cref="HashedVector"/>'s does: a small table (a per-batch delta, a rarely asked
/// prompt) is a sparse <see cref="CountMap"/>; once its ASCII cells would fill a map about as large as an array
/// of every (position, ASCII symbol), those move to such an array, where counting a character is one indexed
/// add and not a probe sequence through a hash table: the replies a campaign asks most fold fastest. Other
/// symbols stay in the map. The counts, and everything read from them, are the same in either form.
/// A dense table also defers: replies wait in a small buffer and are counted position by position, a dozen or
/// so at a time, so each row of the array is visited once per flush instead of once per reply (a campaign
/// cycles through many prompts, and their tables do not all stay in cache). Every read flushes first, under a
/// lock, so reading stays safe from several threads at once.
/// </summary>
internal sealed partial class PositionCells(int length, int symbolSpace)
{
    private const int AsciiSymbols = 128;
    private const int DeferredReplies = 16;

    private readonly Lock _flushLock = new();
    private CountMap _map = new();
    // The dense (position, ASCII symbol) counts: 16 bits while every count fits, which halves the memory a campaign's
    // many tables take, then 32 bits, as the map's entries hold.
    private ushort[]? _narrow;
    private int[]? _wide;
    // No dense cell exceeds this (it grows by each flush's reply count), so counting checks the range once a flush.
    private long _denseBound;
    private char[]? _deferred;
    private int[]? _deferredLengths;
    private int _deferredCount;

    private bool IsDense => _narrow is not null || _wide is not null;

    /// <summary>Cells with a non-zero count.</summary>
    public int Count
    {
        get
        {
            Flush();
            var dense = _narrow is not null ? _narrow.Length - _narrow.AsSpan().Count((ushort)0)
                : _wide is not null ? _wide.Length - _wide.AsSpan().Count(0) : 0;
            return _map.Count + dense;
        }
    }

    /// <summary>The non-zero cells, in no particular order.</summary>
    public IEnumerable<KeyValuePair<int, long>> Entries
    {
        get
        {
            Flush();
            if (IsDense)
            {
                for (var index = 0; index < length * AsciiSymbols; index++)
                {
                    var count = DenseAt(index);
                    if (count != 0) yield return new KeyValuePair<int, long>(KeyOf(index), count);
                }
            }
            foreach (var entry in _map.Entries) yield return entry;
        }
    }

    public long this[int key]
    {
        get
        {
            Flush();
            return IsDense && key % symbolSpace < AsciiSymbols ? DenseAt(IndexOf(key)) : _map[key];
        }
    }

    public void Add(int key, long count)
    {
        Flush();
        if (IsDense && key % symbolSpace < AsciiSymbols)
        {
            AddToDense(IndexOf(key), count);
            return;
        }
        AddToMap(key, count);
    }

    private void Increment(int position, int symbol)
    {
        if (IsDense && symbol < AsciiSymbols)
        {
            AddToDense(position * AsciiSymbols + symbol, 1);
            return;
        }
        AddToMap(position * symbolSpace + symbol, 1);
    }

    private long DenseAt(int index) => _narrow is not null ? _narrow[index] : _wide![index];

    private void AddToDense(int index, long count)
    {
        var value = DenseAt(index) + count;
        if (_narrow is not null && value > ushort.MaxValue) Widen();
        if (_narrow is not null) _narrow[index] = (ushort)value;
        else _wide![index] = checked((int)value);
        _denseBound = Math.Max(_denseBound, value);
    }

    private void AddToMap(int key, long count)
    {
        // The map is at most half full at 8 bytes an entry: past a sixteenth of the array's cells its next growth
        // would make it as large as the 16-bit array, so the array takes the ASCII cells first, and every reply
        // after that is counted by index (and deferred) rather than hashed into a growing map.
        if (!IsDense && _map.Count >= length * AsciiSymbols / 16)
        {
            Densify();
            Add(key, count);
            return;
        }
        _map.Add(key, count);
    }

    private void Densify()
    {
        var sparse = _map;
        _narrow = new ushort[length * AsciiSymbols];
        _map = new CountMap();
        foreach (var (key, count) in sparse.Entries)
        {
            if (key % symbolSpace < AsciiSymbols) AddToDense(IndexOf(key), count);
            else _map.Add(key, count);
        }
    }

    private void Widen()
    {
        _wide = Array.ConvertAll(_narrow!, count => (int)count);
        _narrow = null;
    }

    private int IndexOf(int key) => key / symbolSpace * AsciiSymbols + key % symbolSpace;

    private int KeyOf(int index) => index / AsciiSymbols * symbolSpace + index % AsciiSymbols;
}
