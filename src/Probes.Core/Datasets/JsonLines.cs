using System.Text.Json;
using Probes.Core.Specs;

namespace Probes.Core.Datasets;

/// <summary>
/// Reads a JSON Lines file one object per non-blank line, lazily, so a large recording is never held twice.
/// A line that is not the expected object is reported as <c>{file}:{line}: problem</c>, like a bad spec.
/// </summary>
internal static class JsonLines
{
    public static IEnumerable<(int Line, T Value)> Read<T>(string path, string expected)
        where T : class
    {
        var number = 0;
        foreach (var text in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            T? value;
            try
            {
                value = JsonSerializer.Deserialize<T>(text);
            }
            catch (JsonException error)
            {
                throw new SpecException(path, number, null, $"expected {expected}: {error.Message}", error);
            }
            yield return (number, value ?? throw new SpecException(path, number, null, $"expected {expected}, found null"));
        }
    }
}
