using Probes.Core.Budgets;
using Probes.Core.Campaigns;
using Probes.Core.Records;
using Probes.Core.Specs;
using Probes.Core.Work;

namespace Probes.Grains.Shards;

/// <summary>
/// A shard's side of the campaign budget: the worst case of each item it is about to send, the allowance the
/// campaign grants for them, and what a finished batch actually spent according to its records.
/// </summary>
internal sealed class ShardBudget(ICampaignGrain campaign, ShardAssignment assignment, CampaignPlan plan, TargetSpec target)
{
    /// <summary>Without a budget no allowance is asked for; spending is still counted and reported.</summary>
    public bool Limited => plan.Spec.Budget is not null;

    public Task<Allowance> RequestAsync(IReadOnlyList<WorkItem> items) =>
        campaign.RequestAllowanceAsync(new AllowanceRequest(assignment.TargetId, assignment.Shard, items.Select(BoundOf).ToList()));

    /// <summary>The batch's spending from the usage its records carry; records are in item order.</summary>
    public BudgetAmount SpentBy(IReadOnlyList<WorkItem> items, IReadOnlyList<ProbeRecord> batch)
    {
        var spent = BudgetAmount.Zero;
        for (var i = 0; i < batch.Count; i++)
        {
            var record = batch[i];
            spent += CallBound.Spent(record.PromptTokens, record.CompletionTokens, record.Succeeded, BoundOf(items[i]), target.Price);
        }
        return spent;
    }

    private BudgetAmount BoundOf(WorkItem item) => CallBound.Of(item.Prompt, plan.Spec.Sampling, target.Price);
}
