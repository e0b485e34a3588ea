using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Probes.Core.Sketches;

/// <summary>
/// {"length":128,"count":n,"lengths":[…],"lengthCounts":[…],"symbols":["Pp",…],"counts":[[7,2],…]}: response
/// lengths sparse and ascending; then per position, up to the last one holding a character, its symbols as a
/// string in code-point order and their counts alongside. Characters as text keep tables a few bytes per cell,
/// and the order makes equal tables give equal JSON. Reading checks that every position accounts for all n.
/// </summary>
internal sealed class PositionCharTableJsonConverter : JsonConverter<PositionCharTable>
{
    public override PositionCharTable Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        try
        {
            var lengths = SparseCounts.Read(root, "lengths", "lengthCounts").ToList();
            var symbolsByPosition = root.GetProperty("symbols");
            var countsByPosition = root.GetProperty("counts");
            if (symbolsByPosition.GetArrayLength() != countsByPosition.GetArrayLength()) throw new JsonException("'symbols' and 'counts' differ in length.");
            var cells = new List<(int Position, int Symbol, long Count)>();
            var position = 0;
            foreach (var (symbols, counts) in symbolsByPosition.EnumerateArray().Zip(countsByPosition.EnumerateArray()))
            {
                var runes = (symbols.GetString() ?? throw new JsonException("Null symbols.")).EnumerateRunes().ToList();
                if (runes.Count != counts.GetArrayLength()) throw new JsonException($"Position {position} lists {runes.Count} symbols but {counts.GetArrayLength()} counts.");
                cells.AddRange(runes.Zip(counts.EnumerateArray(), (rune, count) => (position, rune.Value, count.GetInt64())));
                position++;
            }
            return PositionCharTable.Restore(root.GetProperty("length").GetInt32(), root.GetProperty("count").GetInt64(), lengths, cells);
        }
        catch (ArgumentException invalid)
        {
            throw new JsonException($"Invalid position table: {invalid.Message}", invalid);
        }
    }

    public override void Write(Utf8JsonWriter writer, PositionCharTable value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("length", value.Length);
        writer.WriteNumber("count", value.Count);
        var lengthCounts = value.LengthCounts.ToArray();
        SparseCounts.Write(writer, "lengths", "lengthCounts", lengthCounts.Select((count, length) => new KeyValuePair<int, long>(length, count)));
        var byPosition = value.Cells.GroupBy(cell => cell.Position).ToDictionary(group => group.Key, group => group.ToList());
        var positions = byPosition.Count == 0 ? 0 : byPosition.Keys.Max() + 1;
        writer.WriteStartArray("symbols");
        var symbols = new StringBuilder();
        for (var position = 0; position < positions; position++)
        {
            symbols.Clear();
            foreach (var cell in byPosition.GetValueOrDefault(position) ?? []) symbols.Append(new Rune(cell.Symbol).ToString());
            writer.WriteStringValue(symbols.ToString());
        }
        writer.WriteEndArray();
        writer.WriteStartArray("counts");
        for (var position = 0; position < positions; position++)
        {
            writer.WriteStartArray();
            foreach (var cell in byPosition.GetValueOrDefault(position) ?? []) writer.WriteNumberValue(cell.Count);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
