using Probes.Core.Records;

namespace Probes.Core.Tests.Fingerprints;

/// <summary>Builds probe records for tests: only the fields fingerprints read vary.</summary>
internal static class TestRecords
{
    public static ProbeRecord Success(string probeId, string? response, long index = 0, string targetId = "target") => new()
    {
        CampaignId = "campaign",
        TargetId = targetId,
        ItemIndex = index,
        ProbeId = probeId,
        Family = "test",
        Variant = 0,
        Sample = (int)index,
        Prompt = "prompt",
        PromptHash = "hash",
        Temperature = 1.0,
        MaxTokens = 256,
        Response = response,
        FinishReason = "stop",
    };

    public static ProbeRecord Failure(string probeId, long index = 0) =>
        Success(probeId, null, index) with { Error = new RecordError("http", 500, "server error") };
}
