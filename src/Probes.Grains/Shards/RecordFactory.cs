using Probes.Connectors;
using Probes.Core.Campaigns;
using Probes.Core.Records;
using StableHash = Probes.Core.Text.StableHash;
using Probes.Core.Work;

namespace Probes.Grains.Shards;

/// <summary>Turns a work item and its reply into the stored record.</summary>
internal sealed class RecordFactory(ShardAssignment assignment, CampaignPlan plan)
{
    private readonly string? _systemPromptHash = plan.Spec.Sampling.SystemPrompt is { } prompt ? StableHash.Hex(prompt) : null;

    public ProbeRecord Create(WorkItem item, ModelReply reply, long seq) => new()
    {
        CampaignId = assignment.CampaignId,
        TargetId = assignment.TargetId,
        ItemIndex = item.Index,
        ProbeId = item.ProbeId,
        Family = item.Family,
        Variant = item.Variant,
        Sample = item.Sample,
        Prompt = item.Prompt,
        PromptHash = StableHash.Hex(item.Prompt),
        Temperature = plan.Spec.Sampling.Temperature,
        MaxTokens = plan.Spec.Sampling.MaxTokens,
        SystemPromptHash = _systemPromptHash,
        Response = reply.Text,
        FinishReason = reply.FinishReason,
        PromptTokens = reply.PromptTokens,
        CompletionTokens = reply.CompletionTokens,
        ReturnedModel = reply.ReturnedModel,
        SystemFingerprint = reply.SystemFingerprint,
        ResponseId = reply.ResponseId,
        LatencyMs = reply.Latency.TotalMilliseconds,
        Attempts = reply.Attempts,
        Error = reply.Error,
        Shard = assignment.GrainKey,
        Seq = seq,
    };
}
