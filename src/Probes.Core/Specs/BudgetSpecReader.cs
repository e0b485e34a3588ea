using System.Globalization;

namespace Probes.Core.Specs;

/// <summary>
/// Reads the top-level <c>budget</c> block and each target's <c>price</c>, and checks that they fit together:
/// a cost limit needs a price on every target (a target without one would spend unseen), and a token limit must
/// cover at least one call's completion limit, or the campaign could never send anything.
/// </summary>
internal static class BudgetSpecReader
{
    private static readonly string[] BudgetFields = [CampaignBudget.MaxTokensField, CampaignBudget.MaxCostField];
    private static readonly string[] PriceFields = ["input_per_million", "output_per_million"];

    public static CampaignBudget? ReadBudget(YamlNodeReader? node, SamplingSettings sampling)
    {
        if (node is null)
        {
            return null;
        }
        node.Mapping(BudgetFields);
        var maxTokensNode = node.Optional(CampaignBudget.MaxTokensField);
        var maxTokens = maxTokensNode?.PositiveLong();
        var maxCostNode = node.Optional(CampaignBudget.MaxCostField);
        var maxCost = maxCostNode is null ? (decimal?)null : Positive(maxCostNode);
        if (maxTokens is null && maxCost is null)
        {
            throw node.Error($"name at least one limit: {string.Join(" or ", BudgetFields)}");
        }
        if (maxTokens < sampling.MaxTokens)
        {
            throw maxTokensNode!.Error(
                $"{maxTokens} tokens cannot cover one call, whose completion alone may use sampling.max_tokens = {sampling.MaxTokens}");
        }
        return new CampaignBudget(maxTokens, maxCost);
    }

    /// <summary>Prices may be zero (a local model is free, but says so), never negative.</summary>
    public static TargetPrice? ReadPrice(YamlNodeReader? node)
    {
        if (node is null)
        {
            return null;
        }
        node.Mapping(PriceFields);
        return new TargetPrice(NotNegative(node.Required(PriceFields[0])), NotNegative(node.Required(PriceFields[1])));
    }

    /// <summary>A cost limit with an unpriced target is an error naming the target, not a guess at its price.</summary>
    public static void CheckPrices(CampaignBudget? budget, IReadOnlyList<TargetSpec> targets, YamlNodeReader targetsNode)
    {
        if (budget?.MaxCostUsd is null)
        {
            return;
        }
        var items = targetsNode.Items();
        for (var i = 0; i < targets.Count; i++)
        {
            if (targets[i].Price is null)
            {
                throw items[i].Error(
                    $"target '{targets[i].Id}' has no price, but budget.{CampaignBudget.MaxCostField} needs one on every target " +
                    $"(add price: {{ {PriceFields[0]}: …, {PriceFields[1]}: … }})");
            }
        }
    }

    private static decimal Positive(YamlNodeReader node)
    {
        var value = node.Decimal();
        return value > 0 ? value : throw node.Error($"must be a positive number, found {value.ToString(CultureInfo.InvariantCulture)}");
    }

    private static decimal NotNegative(YamlNodeReader node)
    {
        var value = node.Decimal();
        return value >= 0 ? value : throw node.Error($"must be zero or more, found {value.ToString(CultureInfo.InvariantCulture)}");
    }
}
