namespace Probes.Core.Sketches;

/// <summary>Deferred counting of a dense table: replies are buffered and counted a group at a time.</summary>
internal sealed partial class PositionCells
{
    /// <summary>Counts one reply: symbol k at position k.</summary>
    public void AddReply(ReadOnlySpan<int> symbols)
    {
        if (_ascii is null)
        {
            for (var position = 0; position < symbols.Length; position++) Increment(position, symbols[position]);
            return;
        }
        _deferred ??= new int[DeferredReplies * length];
        _deferredLengths ??= new int[DeferredReplies];
        symbols.CopyTo(_deferred.AsSpan(_deferredCount * length));
        _deferredLengths[_deferredCount] = symbols.Length;
        if (++_deferredCount == DeferredReplies) Flush();
    }

    /// <summary>Counts the deferred replies, position by position.</summary>
    private void Flush()
    {
        if (Volatile.Read(ref _deferredCount) == 0) return;
        lock (_flushLock)
        {
            var replies = _deferredCount;
            if (replies == 0) return;
            var ascii = _ascii!;
            var deferred = _deferred!;
            var lengths = _deferredLengths!;
            for (var position = 0; position < length; position++)
            {
                var row = position * AsciiSymbols;
                for (var reply = 0; reply < replies; reply++)
                {
                    if (position >= lengths[reply]) continue;
                    var symbol = deferred[reply * length + position];
                    if (symbol >= AsciiSymbols)
                    {
                        AddToMap(position * symbolSpace + symbol, 1);
                        continue;
                    }
                    ref var cell = ref ascii[row + symbol];
                    _asciiCells += cell == 0 ? 1 : 0;
                    cell = checked(cell + 1);
                }
            }
            Volatile.Write(ref _deferredCount, 0);
        }
    }
}
