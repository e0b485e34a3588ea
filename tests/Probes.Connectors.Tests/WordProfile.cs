using System.Text.RegularExpressions;

namespace Probes.Connectors.Tests;

/// <summary>Relative word frequencies over many replies; overlap is the histogram intersection (1 = same usage).</summary>
internal sealed partial class WordProfile
{
    private readonly Dictionary<string, double> _frequencies;

    private WordProfile(Dictionary<string, double> frequencies) => _frequencies = frequencies;

    public static WordProfile Of(IEnumerable<string> texts)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        var total = 0.0;
        foreach (var text in texts)
        {
            foreach (Match word in Word().Matches(text.ToLowerInvariant()))
            {
                counts[word.Value] = counts.GetValueOrDefault(word.Value) + 1;
                total++;
            }
        }
        return new WordProfile(counts.ToDictionary(pair => pair.Key, pair => pair.Value / total, StringComparer.Ordinal));
    }

    public double Overlap(WordProfile other) =>
        _frequencies.Sum(pair => Math.Min(pair.Value, other._frequencies.GetValueOrDefault(pair.Key)));

    [GeneratedRegex("[a-z]+")]
    private static partial Regex Word();
}
