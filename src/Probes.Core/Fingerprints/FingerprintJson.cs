using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Probes.Core.Fingerprints;

/// <summary>
/// {"schemaVersion","key","recordCount","errorCount","families":{"length":…,"lexical":…}}, camel-case throughout.
/// Families are written in catalog order and every sketch writes a canonical form, so equal fingerprints give
/// equal bytes. Reading rejects other schema versions and missing families rather than guessing.
/// </summary>
internal static class FingerprintJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Encoder = Encoder,
    };

    // Snapshots are data files, never embedded in HTML: keep answers and phrases in any script readable.
    private static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static byte[] Write(Fingerprint fingerprint)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", Fingerprint.SchemaVersion);
            writer.WritePropertyName("key");
            JsonSerializer.Serialize(writer, fingerprint.Key, Options);
            writer.WriteNumber("recordCount", fingerprint.RecordCount);
            writer.WriteNumber("errorCount", fingerprint.ErrorCount);
            writer.WriteStartObject("families");
            for (var i = 0; i < FeatureFamilyCatalog.Kinds.Count; i++)
            {
                var kind = FeatureFamilyCatalog.Kinds[i];
                writer.WritePropertyName(kind.Name);
                JsonSerializer.Serialize(writer, fingerprint.Families[i], kind.Type, Options);
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    public static Fingerprint Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        try
        {
            var version = root.GetProperty("schemaVersion").GetInt32();
            if (version != Fingerprint.SchemaVersion)
            {
                throw new JsonException(version < Fingerprint.SchemaVersion
                    ? $"Fingerprint schema version {version} is older than this build's {Fingerprint.SchemaVersion}: it lacks statistics "
                      + "that cannot be filled in. Rebuild the fingerprint from the stored records."
                    : $"Fingerprint schema version {version} is not supported (expected {Fingerprint.SchemaVersion}).");
            }
            var key = root.GetProperty("key").Deserialize<FingerprintKey>(Options) ?? throw new JsonException("Missing key.");
            var families = new IFeatureFamily[FeatureFamilyCatalog.Kinds.Count];
            var familiesElement = root.GetProperty("families");
            for (var i = 0; i < families.Length; i++)
            {
                var kind = FeatureFamilyCatalog.Kinds[i];
                if (!familiesElement.TryGetProperty(kind.Name, out var element)) throw new JsonException($"Missing family '{kind.Name}'.");
                families[i] = (IFeatureFamily)(element.Deserialize(kind.Type, Options) ?? throw new JsonException($"Null family '{kind.Name}'."));
            }
            return new Fingerprint(key, root.GetProperty("recordCount").GetInt64(), root.GetProperty("errorCount").GetInt64(), families);
        }
        catch (Exception invalid) when (invalid is KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new JsonException($"Invalid fingerprint JSON: {invalid.Message}", invalid);
        }
    }
}
