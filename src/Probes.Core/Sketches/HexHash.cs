using System.Globalization;
using System.Text.Json;

namespace Probes.Core.Sketches;

/// <summary>64-bit hashes as JSON strings of 16 lower-case hex digits.</summary>
internal static class HexHash
{
    public static string Format(ulong hash) => hash.ToString("x16", CultureInfo.InvariantCulture);

    public static ulong Parse(JsonElement element)
    {
        var text = element.GetString();
        if (text is not { Length: 16 } || !ulong.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hash))
        {
            throw new JsonException($"'{text}' is not a 16-digit hex hash.");
        }
        return hash;
    }
}
