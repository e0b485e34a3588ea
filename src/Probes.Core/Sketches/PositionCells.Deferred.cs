using System.Numerics;

namespace Probes.Core.Sketches;

/// <summary>Deferred counting of a dense table: replies are buffered and counted a group at a time.</summary>
internal sealed partial class PositionCells
{
    // Stands in the buffer for a symbol above the basic plane, counted when its reply was deferred.
    private const char CountedElsewhere = '\uD800';

    /// <summary>Counts one reply without surrogates: unit k, a symbol of its own, at position k.</summary>
    public void AddReply(ReadOnlySpan<char> units)
    {
        if (!IsDense)
        {
            for (var position = 0; position < units.Length; position++) Increment(position, units[position]);
            return;
        }
        units.CopyTo(Defer(units.Length));
        if (++_deferredCount == DeferredReplies) Flush();
    }

    /// <summary>
    /// Counts one reply given as scalars: symbol k at position k. A dense table defers it as it does any reply,
    /// its symbols above the basic plane counted at once (counts add in any order) and a lone surrogate left in
    /// their place, which no decoded symbol is, so the flush skips it.
    /// </summary>
    public void AddReply(ReadOnlySpan<int> symbols)
    {
        if (!IsDense)
        {
            for (var position = 0; position < symbols.Length; position++) Increment(position, symbols[position]);
            return;
        }
        var units = Defer(symbols.Length);
        for (var position = 0; position < symbols.Length; position++)
        {
            var symbol = symbols[position];
            if (symbol <= char.MaxValue)
            {
                units[position] = (char)symbol;
                continue;
            }
            AddToMap(position * symbolSpace + symbol, 1);
            units[position] = CountedElsewhere;
        }
        if (++_deferredCount == DeferredReplies) Flush();
    }

    /// <summary>The buffer row for the next deferred reply of <paramref name="units"/> units.</summary>
    private Span<char> Defer(int units)
    {
        _deferred ??= new char[DeferredReplies * length];
        _deferredLengths ??= new int[DeferredReplies];
        _deferredLengths[_deferredCount] = units;
        return _deferred.AsSpan(_deferredCount * length, units);
    }

    /// <summary>
    /// Counts the deferred replies, position by position, longest reply first, so that at each position only the
    /// replies still running are visited and the loop ends with the longest.
    /// </summary>
    private void Flush()
    {
        if (Volatile.Read(ref _deferredCount) == 0) return;
        lock (_flushLock)
        {
            var replies = _deferredCount;
            if (replies == 0) return;
            Span<int> starts = stackalloc int[DeferredReplies];
            Span<int> ends = stackalloc int[DeferredReplies];
            OrderByLengthDescending(replies, starts, ends);
            if (_narrow is not null && _denseBound + replies > ushort.MaxValue) Widen();
            if (_narrow is not null) CountDeferred(_narrow, replies, starts, ends, inRange: true);
            else CountDeferred(_wide!, replies, starts, ends, inRange: _denseBound + replies <= int.MaxValue);
            _denseBound += replies;
            Volatile.Write(ref _deferredCount, 0);
        }
    }

    /// <summary>
    /// Counts the deferred replies position by position; <paramref name="inRange"/> says no count can leave the
    /// cells' range, so the increments need no check. The replies still running at a position are a prefix of
    /// the longest-first order, which shrinks as positions pass their ends.
    /// </summary>
    private void CountDeferred<T>(T[] cells, int replies, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, bool inRange)
        where T : struct, IBinaryInteger<T>
    {
        var deferred = _deferred!;
        var running = replies;
        for (var position = 0; position < length; position++)
        {
            while (running > 0 && ends[running - 1] <= position) running--;
            if (running == 0) return;
            var row = cells.AsSpan(position * AsciiSymbols, AsciiSymbols);
            if (!CountAsciiColumn(row, deferred, starts[..running], position, inRange)) continue;
            foreach (var start in starts[..running])
            {
                int symbol = deferred[start + position];
                if (symbol >= AsciiSymbols && symbol != CountedElsewhere) AddToMap(position * symbolSpace + symbol, 1);
            }
        }
    }

    /// <summary>
    /// Counts the ASCII units at one position into its row; returns whether any unit there lies outside ASCII,
    /// which the caller then counts in the map. A loop of its own with only this to keep in registers: with the
    /// map's probing inlined beside it, the loop's counters lived on the stack.
    /// </summary>
    private static bool CountAsciiColumn<T>(Span<T> row, char[] deferred, ReadOnlySpan<int> starts, int position, bool inRange)
        where T : struct, IBinaryInteger<T>
    {
        var outside = false;
        foreach (var start in starts)
        {
            int symbol = deferred[start + position];
            if (symbol < AsciiSymbols)
            {
                ref var cell = ref row[symbol];
                cell = inRange ? cell + T.One : checked(cell + T.One);
            }
            else
            {
                outside = true;
            }
        }
        return outside;
    }

    /// <summary>Each deferred reply's offset in the buffer and its length, longest first (insertion sort of at most 16).</summary>
    private void OrderByLengthDescending(int replies, Span<int> starts, Span<int> ends)
    {
        var lengths = _deferredLengths!;
        for (var reply = 0; reply < replies; reply++)
        {
            var k = reply;
            for (; k > 0 && ends[k - 1] < lengths[reply]; k--)
            {
                starts[k] = starts[k - 1];
                ends[k] = ends[k - 1];
            }
            starts[k] = reply * length;
            ends[k] = lengths[reply];
        }
    }
}
