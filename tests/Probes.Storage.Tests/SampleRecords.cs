using Probes.Core.Records;

namespace Probes.Storage.Tests;

/// <summary>Records shaped like real outcomes: a success with usage, a failure with an error, awkward text.</summary>
public static class SampleRecords
{
    public static ProbeRecord Success(long itemIndex, string response = "Paris.", string shard = "0", long seq = 0) => new()
    {
        CampaignId = "c1",
        TargetId = "target-a",
        ItemIndex = itemIndex,
        ProbeId = "capital-fr",
        Family = "knowledge",
        Variant = (int)(itemIndex % 3),
        Sample = (int)(itemIndex / 3),
        Prompt = "What is the capital of France? Answer in one word.",
        PromptHash = "5f1c0e2a9b7d3c41",
        Temperature = 0.7,
        MaxTokens = 64,
        SystemPromptHash = "00aa11bb",
        Response = response,
        FinishReason = "stop",
        PromptTokens = 17,
        CompletionTokens = 2,
        ReturnedModel = "target-a-2025-06-01",
        SystemFingerprint = "fp_123",
        ResponseId = "chatcmpl-42",
        LatencyMs = 412.25,
        Attempts = 1,
        Shard = shard,
        Seq = seq,
    };

    public static ProbeRecord Failure(long itemIndex) => new()
    {
        CampaignId = "c1",
        TargetId = "target-a",
        ItemIndex = itemIndex,
        ProbeId = "identity-en",
        Family = "identity",
        Variant = 0,
        Sample = 0,
        Prompt = "Which company trained you?",
        PromptHash = "9e8d7c6b5a4f3e2d",
        Temperature = 0,
        MaxTokens = 32,
        LatencyMs = 30000,
        Attempts = 4,
        Error = new RecordError("http", 429, "rate limited after 4 attempts"),
    };
}
