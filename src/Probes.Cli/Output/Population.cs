using Probes.Cli.CommandLine;
using Probes.Core.Comparison;
using Probes.Core.Comparison.Population;
using Probes.Core.Fingerprints;

namespace Probes.Cli.Output;

/// <summary>
/// The fingerprints a comparison is scored against: every stored fingerprint with the same probe-set version and
/// sampling settings. Fingerprints under other keys are incomparable and never enter a population.
/// </summary>
public static class Population
{
    public static PopulationScores Around(IReadOnlyList<Fingerprint> all, Fingerprint anchor) =>
        PopulationScores.From(SimilarityMatrix.Build(all.Where(f => f.Key.IsComparableWith(anchor.Key)).ToList()));

    /// <summary>
    /// One comparable group: the one named by <c>--key VERSION-HASH</c>, or the only one there is.
    /// </summary>
    public static IReadOnlyList<Fingerprint> Group(IReadOnlyList<Fingerprint> all, string? key)
    {
        var groups = all.GroupBy(f => $"{f.Key.ProbeSetVersion}-{f.Key.SamplingHash}").ToList();
        if (key is not null)
        {
            return groups.FirstOrDefault(g => g.Key == key)?.ToList()
                ?? throw new UsageException($"no fingerprints under key '{key}' (keys: {string.Join(", ", groups.Select(g => g.Key))})");
        }
        return groups.Count switch
        {
            0 => [],
            1 => groups[0].ToList(),
            _ => throw new UsageException(
                $"fingerprints of {groups.Count} incomparable keys are stored (probe set and sampling settings differ); name one with --key: {string.Join(", ", groups.Select(g => $"{g.Key} ({g.Count()})"))}"),
        };
    }
}
