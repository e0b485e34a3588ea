using System.Collections.Concurrent;

namespace Probes.Connectors.Tests.SameModel;

/// <summary>
/// Independent demo-budget campaigns of every simulated model, generated once per test class and shared by its
/// tests: campaign i of a model is the same wherever it is used. Generating the campaigns is most of the
/// calibration's cost, so the size here sets the number of trials.
/// </summary>
public sealed class CampaignPool
{
    public const int CampaignsPerModel = 80;

    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>[]>> _campaigns =
        new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, IReadOnlyList<string>>[] Of(string model) =>
        _campaigns.GetOrAdd(model, name => new Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>[]>(() =>
            Enumerable.Range(0, CampaignsPerModel)
                .Select(i => DemoBudgetCampaign.Run(name, $"calibration-{i}"))
                .ToArray())).Value;
}
