using System.Text.Json;
using System.Text.Json.Nodes;
using Probes.Core.Budgets;
using Probes.Core.Specs;

namespace Probes.Grains.Campaigns;

/// <summary>
/// <c>campaign.json</c>: the plan as launched plus status, why it stopped, per-target counts and spending. The plan
/// names only the environment variable of each API key, never its value, so this document is safe to share. It is
/// also what a later <c>campaign status</c> or <c>campaign retry-errors</c> reads back (<see cref="Read"/>).
/// </summary>
public static class CampaignDocument
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };

    internal static byte[] Create(string campaignId, CampaignState state, CampaignProgress progress, CampaignBudget? budget)
    {
        var document = new JsonObject
        {
            ["campaignId"] = campaignId,
            ["status"] = state.Status.ToString(),
            ["stopReason"] = state.StopReason,
            ["startedAt"] = state.StartedAt?.ToString("O"),
            ["finishedAt"] = state.FinishedAt?.ToString("O"),
            ["retryAttempt"] = state.Attempt,
            ["spent"] = Amount(progress.Spent),
            ["budget"] = budget is null ? null : new JsonObject
            {
                [CampaignBudget.MaxTokensField] = budget.MaxTokens,
                [CampaignBudget.MaxCostField] = budget.MaxCostUsd,
            },
            ["progress"] = new JsonArray(progress.Targets.Select(t => (JsonNode)new JsonObject
            {
                ["targetId"] = t.TargetId,
                ["total"] = t.Total,
                ["completed"] = t.Completed,
                ["errors"] = t.Errors,
                ["spent"] = Amount(t.Spent),
            }).ToArray()),
            ["shards"] = state.Shards.Count,
            ["plan"] = JsonNode.Parse(state.PlanJson ?? "{}"),
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, s_indented);
    }

    /// <summary>Reads a document this class wrote; fields added later (spending, stop reason) default when absent.</summary>
    public static CampaignSnapshot Read(ReadOnlySpan<byte> json)
    {
        var root = JsonNode.Parse(json) as JsonObject ?? throw new JsonException("campaign.json is not a JSON object");
        var status = Enum.Parse<CampaignStatus>(Required(root, "status").GetValue<string>());
        var targets = (root["progress"] as JsonArray ?? []).Select(node => new TargetProgress(
            Required(node!, "targetId").GetValue<string>(),
            Required(node!, "total").GetValue<long>(),
            Required(node!, "completed").GetValue<long>(),
            Required(node!, "errors").GetValue<long>(),
            AmountOf(node!["spent"]))).ToList();
        return new CampaignSnapshot(
            Required(root, "campaignId").GetValue<string>(),
            status,
            root["stopReason"]?.GetValue<string>(),
            root["startedAt"]?.GetValue<DateTimeOffset>(),
            root["finishedAt"]?.GetValue<DateTimeOffset>(),
            root["retryAttempt"]?.GetValue<int>() ?? 0,
            targets,
            Required(root, "plan").ToJsonString());
    }

    private static JsonNode Required(JsonNode node, string name) =>
        node[name] ?? throw new JsonException($"campaign.json has no '{name}'");

    private static JsonObject Amount(BudgetAmount amount) => new() { ["tokens"] = amount.Tokens, ["costUsd"] = amount.CostUsd };

    private static BudgetAmount AmountOf(JsonNode? node) =>
        node is null ? BudgetAmount.Zero : new(node["tokens"]?.GetValue<long>() ?? 0, node["costUsd"]?.GetValue<decimal>() ?? 0m);
}
