using System.Text.Json;
using System.Text.Json.Serialization;

namespace Probes.Core.Sketches;

/// <summary>
/// {"relativeAccuracy","count","zeroCount","min","max","indices":[…],"counts":[…]}: buckets ascending, so equal
/// sketches give equal JSON. Reading checks that the counts add up.
/// </summary>
internal sealed class QuantileSketchJsonConverter : JsonConverter<QuantileSketch>
{
    public override QuantileSketch Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        try
        {
            var buckets = SparseCounts.Read(root, "indices", "counts").ToList();
            return QuantileSketch.Restore(root.GetProperty("relativeAccuracy").GetDouble(), root.GetProperty("count").GetInt64(),
                root.GetProperty("zeroCount").GetInt64(), root.GetProperty("min").GetDouble(), root.GetProperty("max").GetDouble(), buckets);
        }
        catch (ArgumentException invalid)
        {
            throw new JsonException($"Invalid quantile sketch: {invalid.Message}", invalid);
        }
    }

    public override void Write(Utf8JsonWriter writer, QuantileSketch value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("relativeAccuracy", value.RelativeAccuracy);
        writer.WriteNumber("count", value.Count);
        writer.WriteNumber("zeroCount", value.ZeroCount);
        writer.WriteNumber("min", value.Min);
        writer.WriteNumber("max", value.Max);
        SparseCounts.Write(writer, "indices", "counts", value.Buckets);
        writer.WriteEndObject();
    }
}
