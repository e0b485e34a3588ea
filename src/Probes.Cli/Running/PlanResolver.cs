using Probes.Core.Campaigns;
using Probes.Core.ProbeSets;
using Probes.Core.Specs;

namespace Probes.Cli.Running;

/// <summary>Turns a validated spec into a plan by loading its probe sets on the launching machine.</summary>
public static class PlanResolver
{
    public static CampaignPlan Resolve(CampaignSpec spec) => new(spec, spec.ProbeSets.Select(Load).ToList());

    private static ProbeSet Load(ProbeSetReference reference) =>
        reference.BuiltIn is { } name
            ? BuiltInProbeSets.Find(name) ?? throw new InvalidOperationException($"unknown built-in probe set '{name}'")
            : ProbeSetReader.ReadFile(reference.File!);
}
