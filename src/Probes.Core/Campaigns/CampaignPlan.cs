using System.Text.Json;
using System.Text.Json.Serialization;
using Probes.Core.ProbeSets;
using Probes.Core.Specs;
using Probes.Core.Work;

namespace Probes.Core.Campaigns;

/// <summary>
/// A campaign with its probe sets resolved: everything a silo needs to derive any work item, so probe-set files
/// on the launching machine never have to exist on the silos.
/// </summary>
public sealed record CampaignPlan(CampaignSpec Spec, IReadOnlyList<ProbeSet> ProbeSets)
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    /// <summary>Probe-set identity for fingerprint keys and blob names, e.g. <c>core.v1</c>.</summary>
    public string ProbeSetVersion => string.Join('+', ProbeSets.Select(set => $"{set.Name}.v{set.Version}"));

    public string SamplingHash => SamplingKey.Of(Spec.Sampling);

    public WorkPlan CreateWorkPlan() => new(ProbeSets, Spec.SamplesPerProbe);

    public TargetSpec Target(string targetId) =>
        Spec.Targets.FirstOrDefault(t => t.Id == targetId)
        ?? throw new KeyNotFoundException($"campaign '{Spec.Name}' has no target '{targetId}'");

    public string ToJson() => JsonSerializer.Serialize(this, s_json);

    public static CampaignPlan FromJson(string json) =>
        JsonSerializer.Deserialize<CampaignPlan>(json, s_json) ?? throw new JsonException("empty campaign plan");
}
