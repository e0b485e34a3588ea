namespace Probes.Core.Sketches;

public sealed partial class PositionCharTable
{
    /// <summary>Rebuilds a table from its JSON form, checking that each position accounts for all n responses.</summary>
    internal static PositionCharTable Restore(int length, long count, IEnumerable<KeyValuePair<int, long>> lengthCounts,
        IEnumerable<(int Position, int Symbol, long Count)> cells)
    {
        var table = new PositionCharTable(length);
        foreach (var (responseLength, responses) in lengthCounts)
        {
            if (responseLength < 0 || responseLength > length || responses <= 0)
                throw new ArgumentException($"Invalid length count {responseLength}: {responses}.");
            table._lengthCounts[responseLength] = responses;
        }
        var perPosition = new long[length];
        var previousKey = -1;
        foreach (var (position, symbol, cellCount) in cells)
        {
            if (position < 0 || position >= length || symbol < 0 || symbol >= PadSymbol || cellCount is <= 0 or > int.MaxValue)
                throw new ArgumentException($"Invalid cell ({position}, {symbol}): {cellCount}.");
            var key = position * SymbolSpace + symbol;
            if (key <= previousKey) throw new ArgumentException("Cells are not in ascending order.");
            previousKey = key;
            table._cells.Add(key, cellCount);
            perPosition[position] += cellCount;
        }
        table.Count = count;
        if (table._lengthCounts.Sum() != count) throw new ArgumentException($"Length counts do not add up to {count}.");
        for (var position = 0; position < length; position++)
        {
            if (perPosition[position] + table.PadCount(position) != count)
                throw new ArgumentException($"Position {position} does not account for {count} responses.");
        }
        return table;
    }
}
