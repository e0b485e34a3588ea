using System.Text.Json;

namespace Probes.Connectors.Http;

/// <summary>Tolerant reads of optional fields in provider JSON: a missing or mistyped optional field is null, not a fault.</summary>
internal static class JsonReading
{
    public static string? String(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) &&
        value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static int? Int(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) &&
        value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
            ? (int)Math.Clamp(number, 0, int.MaxValue)
            : null;

    public static JsonElement? Object(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) &&
        value.ValueKind == JsonValueKind.Object
            ? value
            : null;

    public static IEnumerable<JsonElement> Array(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) &&
        value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];

    /// <summary>The body's root, which must be an object for any provider's reply.</summary>
    public static JsonDocument ParseObject(string body)
    {
        var document = JsonDocument.Parse(body);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new JsonException($"expected a JSON object, found {document.RootElement.ValueKind}");
        }
        return document;
    }

    /// <summary>A JSON body when there is one; error bodies may be HTML from a proxy, or nothing at all.</summary>
    public static JsonDocument? TryParseObject(string body)
    {
        try
        {
            return ParseObject(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
