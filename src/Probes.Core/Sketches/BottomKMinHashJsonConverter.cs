using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Probes.Core.Sketches;

/// <summary>
/// {"k":256,"hashes":["00a1…",…]}: hashes ascending as 16-digit hex strings, which every JSON reader keeps
/// exact (a 64-bit number would lose its low bits in a double).
/// </summary>
internal sealed class BottomKMinHashJsonConverter : JsonConverter<BottomKMinHash>
{
    public override BottomKMinHash Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        try
        {
            var hashes = new List<ulong>();
            foreach (var element in root.GetProperty("hashes").EnumerateArray()) hashes.Add(HexHash.Parse(element));
            return BottomKMinHash.Restore(root.GetProperty("k").GetInt32(), hashes);
        }
        catch (ArgumentException invalid)
        {
            throw new JsonException($"Invalid MinHash sketch: {invalid.Message}", invalid);
        }
    }

    public override void Write(Utf8JsonWriter writer, BottomKMinHash value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("k", value.K);
        writer.WriteStartArray("hashes");
        Span<char> hex = stackalloc char[16];
        foreach (var hash in value.Hashes)
        {
            hash.TryFormat(hex, out _, "x16", CultureInfo.InvariantCulture);
            writer.WriteStringValue(hex);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
