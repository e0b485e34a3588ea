using System.Text.Json;

namespace Probes.Core.Sketches;

/// <summary>Sparse integer arrays as two parallel JSON arrays, indices strictly ascending (a canonical form, checked on read).</summary>
internal static class SparseCounts
{
    public static void Write(Utf8JsonWriter writer, string indexName, string valueName, IEnumerable<KeyValuePair<int, long>> entries)
    {
        var sorted = entries.Where(entry => entry.Value != 0).OrderBy(entry => entry.Key).ToArray();
        writer.WriteStartArray(indexName);
        foreach (var entry in sorted) writer.WriteNumberValue(entry.Key);
        writer.WriteEndArray();
        writer.WriteStartArray(valueName);
        foreach (var entry in sorted) writer.WriteNumberValue(entry.Value);
        writer.WriteEndArray();
    }

    public static IEnumerable<KeyValuePair<int, long>> Read(JsonElement parent, string indexName, string valueName)
    {
        var indices = parent.GetProperty(indexName);
        var values = parent.GetProperty(valueName);
        if (indices.GetArrayLength() != values.GetArrayLength())
        {
            throw new JsonException($"'{indexName}' and '{valueName}' differ in length.");
        }
        using var index = indices.EnumerateArray();
        using var value = values.EnumerateArray();
        var previous = int.MinValue;
        var first = true;
        while (index.MoveNext() && value.MoveNext())
        {
            var current = index.Current.GetInt32();
            if (!first && current <= previous) throw new JsonException($"'{indexName}' are not strictly ascending.");
            (previous, first) = (current, false);
            yield return new KeyValuePair<int, long>(current, value.Current.GetInt64());
        }
    }
}
