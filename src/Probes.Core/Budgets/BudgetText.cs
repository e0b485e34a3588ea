using Probes.Core.Specs;

namespace Probes.Core.Budgets;

/// <summary>How budget use reads in stop reasons, <c>campaign.json</c> and the command line.</summary>
public static class BudgetText
{
    public static string StopReason(CampaignBudget budget, BudgetAmount spent, string limit)
    {
        ArgumentNullException.ThrowIfNull(budget);
        return limit == CampaignBudget.MaxCostField && budget.MaxCostUsd is { } maxCost
            ? $"budget {CampaignBudget.MaxCostField} reached: used {BudgetAmount.FormatUsd(spent.CostUsd)} of {BudgetAmount.FormatUsd(maxCost)}"
            : $"budget {CampaignBudget.MaxTokensField} reached: used {BudgetAmount.FormatTokens(spent.Tokens)} of " +
              $"{BudgetAmount.FormatTokens(budget.MaxTokens ?? 0)} tokens";
    }

    /// <summary>E.g. <c>9,812 of 10,000 tokens, $0.0412 of $0.05</c>; limits the budget leaves out show the amount alone.</summary>
    public static string Use(CampaignBudget? budget, BudgetAmount spent)
    {
        var tokens = budget?.MaxTokens is { } maxTokens
            ? $"{BudgetAmount.FormatTokens(spent.Tokens)} of {BudgetAmount.FormatTokens(maxTokens)} tokens"
            : $"{BudgetAmount.FormatTokens(spent.Tokens)} tokens";
        var cost = budget?.MaxCostUsd is { } maxCost
            ? $"{BudgetAmount.FormatUsd(spent.CostUsd)} of {BudgetAmount.FormatUsd(maxCost)}"
            : BudgetAmount.FormatUsd(spent.CostUsd);
        return $"{tokens}, {cost}";
    }
}
