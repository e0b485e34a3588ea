namespace Probes.Contracts;

/// <summary>A contiguous range [Start, End) of one target's work items, executed by one shard grain.</summary>
[GenerateSerializer, Immutable, Alias("Probes.ShardAssignment")]
public sealed record ShardAssignment(
    [property: Id(0)] string CampaignId,
    [property: Id(1)] string TargetId,
    [property: Id(2)] int Shard,
    [property: Id(3)] long Start,
    [property: Id(4)] long End,
    [property: Id(5)] int BatchSize,
    [property: Id(6)] string PlanJson)
{
    public string GrainKey => ShardKey.Of(CampaignId, TargetId, Shard);
}

/// <summary>The shard grain's key, <c>{campaign}/{target}/{shard}</c>; also its name in blob paths.</summary>
public static class ShardKey
{
    public static string Of(string campaignId, string targetId, int shard) => $"{campaignId}/{targetId}/{shard}";
}

[GenerateSerializer, Immutable, Alias("Probes.ShardProgress")]
public sealed record ShardProgress(
    [property: Id(0)] string TargetId,
    [property: Id(1)] int Shard,
    [property: Id(2)] long Total,
    [property: Id(3)] long Completed,
    [property: Id(4)] long Errors,
    [property: Id(5)] bool Done);
