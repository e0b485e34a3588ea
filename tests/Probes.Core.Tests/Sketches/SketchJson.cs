using System.Text.Json;

namespace Probes.Core.Tests.Sketches;

/// <summary>Serialises sketches through their own converters, as the fingerprint does.</summary>
internal static class SketchJson
{
    public static string Write<T>(T sketch) => JsonSerializer.Serialize(sketch);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json) ?? throw new JsonException("null");

    /// <summary>Asserts that reading the JSON back and writing it again gives the same text; returns the copy.</summary>
    public static T AssertRoundTrips<T>(T sketch)
    {
        var json = Write(sketch);
        var restored = Read<T>(json);
        Assert.Equal(json, Write(restored));
        return restored;
    }

    /// <summary>Well-mixed distinct 64-bit hashes: the images of start, start + 1, … under a bijective mixer.</summary>
    public static IEnumerable<ulong> Hashes(long start, long count)
    {
        for (var i = start; i < start + count; i++) yield return Core.Text.StableHash.Mix((ulong)i);
    }
}
