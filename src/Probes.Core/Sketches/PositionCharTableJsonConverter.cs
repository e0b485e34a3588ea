using System.Text.Json;
using System.Text.Json.Serialization;

namespace Probes.Core.Sketches;

/// <summary>
/// {"length":128,"count":n,"lengths":[…],"lengthCounts":[…],"positions":[…],"symbols":[…],"counts":[…]}:
/// response lengths sparse and ascending, cells by position then symbol (code points), so equal tables give
/// equal JSON. Reading checks that every position accounts for all n responses.
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
            var positions = root.GetProperty("positions").EnumerateArray().Select(element => element.GetInt32()).ToList();
            var symbols = root.GetProperty("symbols").EnumerateArray().Select(element => element.GetInt32()).ToList();
            var counts = root.GetProperty("counts").EnumerateArray().Select(element => element.GetInt64()).ToList();
            if (positions.Count != symbols.Count || symbols.Count != counts.Count) throw new JsonException("Cell arrays differ in length.");
            var cells = positions.Select((position, i) => (position, symbols[i], counts[i])).ToList();
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
        var cells = value.Cells.ToList();
        WriteArray(writer, "positions", cells.Select(cell => (long)cell.Position));
        WriteArray(writer, "symbols", cells.Select(cell => (long)cell.Symbol));
        WriteArray(writer, "counts", cells.Select(cell => cell.Count));
        writer.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter writer, string name, IEnumerable<long> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values) writer.WriteNumberValue(value);
        writer.WriteEndArray();
    }
}
