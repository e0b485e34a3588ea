using System.Text.Json;
using System.Text.Json.Serialization;

namespace Probes.Core.Sketches;

/// <summary>{"bucketBits":16,"buckets":[…],"values":[…]}: non-zero buckets in ascending order, so equal vectors give equal JSON.</summary>
internal sealed class HashedVectorJsonConverter : JsonConverter<HashedVector>
{
    public override HashedVector Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var vector = new HashedVector(root.GetProperty("bucketBits").GetInt32());
        foreach (var (bucket, value) in SparseCounts.Read(root, "buckets", "values"))
        {
            if (bucket < 0 || bucket >= vector.Dimension) throw new JsonException($"Bucket {bucket} is outside the vector.");
            vector.AddToBucket(bucket, value);
        }
        return vector;
    }

    public override void Write(Utf8JsonWriter writer, HashedVector value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("bucketBits", value.BucketBits);
        SparseCounts.Write(writer, "buckets", "values", value.NonZero);
        writer.WriteEndObject();
    }
}
