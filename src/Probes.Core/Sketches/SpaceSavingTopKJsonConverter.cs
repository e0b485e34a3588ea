using System.Text.Json;
using System.Text.Json.Serialization;

namespace Probes.Core.Sketches;

/// <summary>
/// {"capacity","filterBuckets","total","entries":[{"item","count","error"}],"filter":{"buckets","counts"}}:
/// entries in canonical order and the filter sparse, so equal summaries give equal JSON.
/// </summary>
internal sealed class SpaceSavingTopKJsonConverter : JsonConverter<SpaceSavingTopK>
{
    public override SpaceSavingTopK Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var entries = new List<TopKEntry>();
        foreach (var entry in root.GetProperty("entries").EnumerateArray())
        {
            entries.Add(new TopKEntry(entry.GetProperty("item").GetString() ?? throw new JsonException("Null item."),
                entry.GetProperty("count").GetInt64(), entry.GetProperty("error").GetInt64()));
        }
        var filter = root.TryGetProperty("filter", out var filterElement)
            ? SparseCounts.Read(filterElement, "buckets", "counts").ToList()
            : [];
        try
        {
            return SpaceSavingTopK.Restore(root.GetProperty("capacity").GetInt32(), root.GetProperty("filterBuckets").GetInt32(),
                root.GetProperty("total").GetInt64(), entries, filter);
        }
        catch (ArgumentException invalid)
        {
            throw new JsonException($"Invalid top-k summary: {invalid.Message}", invalid);
        }
    }

    public override void Write(Utf8JsonWriter writer, SpaceSavingTopK value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("capacity", value.Capacity);
        writer.WriteNumber("filterBuckets", value.FilterBuckets);
        writer.WriteNumber("total", value.Total);
        writer.WriteStartArray("entries");
        foreach (var entry in value.Entries)
        {
            writer.WriteStartObject();
            writer.WriteString("item", entry.Item);
            writer.WriteNumber("count", entry.Count);
            writer.WriteNumber("error", entry.Error);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        if (value.FilterBuckets > 0)
        {
            writer.WriteStartObject("filter");
            SparseCounts.Write(writer, "buckets", "counts", value.FilterCounts());
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }
}
