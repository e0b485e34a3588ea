using Probes.Core.Campaigns;
using Probes.Core.Specs;

namespace Probes.Cli.Running;

/// <summary>Turns a validated spec into a plan by loading its probe sets on the launching machine.</summary>
public static class PlanResolver
{
    public static CampaignPlan Resolve(CampaignSpec spec, SpecEnvironment env) => new(spec, ProbeSetResolver.Resolve(spec, env));
}
