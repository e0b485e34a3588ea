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
    private int[]? _ascii;
    // No dense cell exceeds this (it grows by each flush's reply count), so counting checks overflow once a flush.
    private long _asciiBound;
    private char[]? _deferred;
    private int[]? _deferredLengths;
    private int _deferredCount;

    /// <summary>Cells with a non-zero count.</summary>
    public int Count
    {
        get
        {
            Flush();
            return _map.Count + (_ascii is null ? 0 : _ascii.Length - _ascii.AsSpan().Count(0));
        }
    }

    /// <summary>The non-zero cells, in no particular order.</summary>
    public IEnumerable<KeyValuePair<int, long>> Entries
    {
        get
        {
            Flush();
            if (_ascii is not null)
            {
                for (var index = 0; index < _ascii.Length; index++)
                {
                    if (_ascii[index] != 0) yield return new KeyValuePair<int, long>(KeyOf(index), _ascii[index]);
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
            return _ascii is not null && key % symbolSpace < AsciiSymbols ? _ascii[IndexOf(key)] : _map[key];
        }
    }

    public void Add(int key, long count)
    {
        Flush();
        if (_ascii is not null && key % symbolSpace < AsciiSymbols)
        {
            ref var cell = ref _ascii[IndexOf(key)];
            cell = checked((int)(cell + count));
            _asciiBound = Math.Max(_asciiBound, cell);
            return;
        }
        AddToMap(key, count);
    }

    private void Increment(int position, int symbol)
    {
        if (_ascii is not null && symbol < AsciiSymbols)
        {
            ref var cell = ref _ascii[position * AsciiSymbols + symbol];
            cell = checked(cell + 1);
            _asciiBound = Math.Max(_asciiBound, cell);
            return;
        }
        AddToMap(position * symbolSpace + symbol, 1);
    }

    private void AddToMap(int key, long count)
    {
        _map.Add(key, count);
        // An eighth of the array in use: the map (at most half full, 8 bytes an entry) is then about the array's size.
        if (_ascii is null && _map.Count > length * AsciiSymbols / 8) Densify();
    }

    private void Densify()
    {
        _ascii = new int[length * AsciiSymbols];
        var others = new CountMap();
        foreach (var (key, count) in _map.Entries)
        {
            if (key % symbolSpace < AsciiSymbols)
            {
                _ascii[IndexOf(key)] = checked((int)count);
                _asciiBound = Math.Max(_asciiBound, count);
            }
            else
            {
                others.Add(key, count);
            }
        }
        _map = others;
    }

    private int IndexOf(int key) => key / symbolSpace * AsciiSymbols + key % symbolSpace;

    private int KeyOf(int index) => index / AsciiSymbols * symbolSpace + index % AsciiSymbols;
}
