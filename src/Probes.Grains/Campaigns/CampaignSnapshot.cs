using Probes.Core.Budgets;
using Probes.Core.Campaigns;

namespace Probes.Grains.Campaigns;

/// <summary>A campaign as its <c>campaign.json</c> last described it: status, stop reason, counts, spending and plan.</summary>
public sealed record CampaignSnapshot(
    string CampaignId,
    CampaignStatus Status,
    string? StopReason,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    int RetryAttempt,
    IReadOnlyList<TargetProgress> Targets,
    string PlanJson)
{
    public BudgetAmount Spent => BudgetAmount.Sum(Targets.Select(t => t.Spent));

    public CampaignPlan Plan() => CampaignPlan.FromJson(PlanJson);
}
