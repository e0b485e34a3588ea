using System.Text.Json;

namespace Probes.Core.Tests.Fingerprints;

/// <summary>
/// Structural JSON equality: same property names in the same order, same array lengths, equal strings and
/// integers, and other numbers equal within a relative tolerance (floating moments merge with rounding).
/// </summary>
internal static class JsonEquivalence
{
    public static void AssertEquivalent(byte[] expected, byte[] actual, double tolerance = 1e-9)
    {
        using var left = JsonDocument.Parse(expected);
        using var right = JsonDocument.Parse(actual);
        Compare(left.RootElement, right.RootElement, "$", tolerance);
    }

    private static void Compare(JsonElement expected, JsonElement actual, string path, double tolerance)
    {
        Assert.True(expected.ValueKind == actual.ValueKind, $"{path}: {expected.ValueKind} vs {actual.ValueKind}");
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var expectedProperties = expected.EnumerateObject().ToList();
                var actualProperties = actual.EnumerateObject().ToList();
                Assert.True(expectedProperties.Select(p => p.Name).SequenceEqual(actualProperties.Select(p => p.Name)),
                    $"{path}: properties differ");
                for (var i = 0; i < expectedProperties.Count; i++)
                    Compare(expectedProperties[i].Value, actualProperties[i].Value, $"{path}.{expectedProperties[i].Name}", tolerance);
                break;
            case JsonValueKind.Array:
                Assert.True(expected.GetArrayLength() == actual.GetArrayLength(), $"{path}: array lengths differ");
                var index = 0;
                foreach (var (left, right) in expected.EnumerateArray().Zip(actual.EnumerateArray()))
                    Compare(left, right, $"{path}[{index++}]", tolerance);
                break;
            case JsonValueKind.Number:
                if (expected.TryGetInt64(out var expectedInteger) && actual.TryGetInt64(out var actualInteger))
                {
                    Assert.True(expectedInteger == actualInteger, $"{path}: {expectedInteger} vs {actualInteger}");
                    break;
                }
                var (a, b) = (expected.GetDouble(), actual.GetDouble());
                Assert.True(Math.Abs(a - b) <= tolerance * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b))), $"{path}: {a} vs {b}");
                break;
            default:
                Assert.True(expected.GetRawText() == actual.GetRawText(), $"{path}: {expected.GetRawText()} vs {actual.GetRawText()}");
                break;
        }
    }
}
