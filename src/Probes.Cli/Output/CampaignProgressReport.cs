using Probes.Contracts;
using Probes.Core.Budgets;
using Probes.Core.Specs;

namespace Probes.Cli.Output;

/// <summary>The closing lines of <c>run</c>, <c>campaign status</c> and <c>campaign retry-errors</c>: per target, spending, stop reason.</summary>
public static class CampaignProgressReport
{
    public static void Write(TextWriter output, IReadOnlyList<TargetProgress> targets, string? stopReason, CampaignBudget? budget)
    {
        foreach (var target in targets)
        {
            output.WriteLine($"  {target.TargetId}: {target.Completed}/{target.Total} records, {target.Errors} errors, " +
                             BudgetText.Use(null, target.Spent));
        }
        output.WriteLine($"spent: {BudgetText.Use(budget, BudgetAmount.Sum(targets.Select(t => t.Spent)))}");
        if (stopReason is not null)
        {
            output.WriteLine($"stopped: {stopReason}");
        }
    }
}
