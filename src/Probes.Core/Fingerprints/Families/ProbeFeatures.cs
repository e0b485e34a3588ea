using System.Text.Json.Serialization;
using Probes.Core.Sketches;

namespace Probes.Core.Fingerprints.Families;

/// <summary>
/// Per prompt ("{ProbeId}#{Variant}"), the statistics of <see cref="PromptStatistics"/>. Responses are compared
/// within one prompt text only: the Model Equality Testing statistic is defined per prompt, and different
/// variants of a probe (languages, wrappers) draw different behaviour.
/// </summary>
public sealed class ProbeFeatures : FeatureFamily<ProbeFeatures>
{
    // Hashed for the per-record lookup; shown in ordinal order.
    private readonly Dictionary<string, PromptStatistics> _byPrompt = new(StringComparer.Ordinal);

    public ProbeFeatures()
    {
    }

    [JsonConstructor]
    public ProbeFeatures(IReadOnlyDictionary<string, PromptStatistics> byPrompt)
    {
        foreach (var (promptKey, statistics) in byPrompt) _byPrompt.Add(promptKey, statistics);
    }

    /// <summary>Statistics by prompt key, in ordinal order.</summary>
    public IReadOnlyDictionary<string, PromptStatistics> ByPrompt =>
        new SortedDictionary<string, PromptStatistics>(_byPrompt, StringComparer.Ordinal);

    public override void Add(ResponseSample sample)
    {
        if (!_byPrompt.TryGetValue(sample.PromptKey, out var statistics))
        {
            statistics = new PromptStatistics();
            _byPrompt.Add(sample.PromptKey, statistics);
        }
        statistics.Add(sample);
    }

    public override void Merge(ProbeFeatures other)
    {
        foreach (var (promptKey, statistics) in other._byPrompt.ToList())
        {
            if (_byPrompt.TryGetValue(promptKey, out var mine)) mine.Merge(statistics);
            else _byPrompt.Add(promptKey, statistics.Clone());
        }
    }

    /// <summary>
    /// The Hamming-kernel MMD² between two models pooled over the prompts both answered
    /// (<see cref="PositionCharTable.PooledMmdSquared"/>); NaN without a within-prompt pair on each side.
    /// </summary>
    public static double HammingMmdSquared(ProbeFeatures x, ProbeFeatures y) =>
        PositionCharTable.PooledMmdSquared(x._byPrompt
            .Where(prompt => y._byPrompt.ContainsKey(prompt.Key))
            .Select(prompt => (prompt.Value.Positions, y._byPrompt[prompt.Key].Positions)));
}
