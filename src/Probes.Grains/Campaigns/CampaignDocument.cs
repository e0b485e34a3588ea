using System.Text.Json;
using System.Text.Json.Nodes;

namespace Probes.Grains.Campaigns;

/// <summary>
/// <c>campaign.json</c>: the plan as launched plus status and per-target counts. The plan names only the
/// environment variable of each API key, never its value, so this document is safe to share.
/// </summary>
internal static class CampaignDocument
{
    public static byte[] Create(string campaignId, CampaignState state, CampaignProgress progress)
    {
        var document = new JsonObject
        {
            ["campaignId"] = campaignId,
            ["status"] = state.Status.ToString(),
            ["startedAt"] = state.StartedAt?.ToString("O"),
            ["finishedAt"] = state.FinishedAt?.ToString("O"),
            ["progress"] = new JsonArray(progress.Targets.Select(t => (JsonNode)new JsonObject
            {
                ["targetId"] = t.TargetId,
                ["total"] = t.Total,
                ["completed"] = t.Completed,
                ["errors"] = t.Errors,
            }).ToArray()),
            ["shards"] = state.Shards.Count,
            ["plan"] = JsonNode.Parse(state.PlanJson ?? "{}"),
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, new JsonSerializerOptions { WriteIndented = true });
    }
}
