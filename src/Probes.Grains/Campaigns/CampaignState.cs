namespace Probes.Grains.Campaigns;

/// <summary>What a campaign must remember across failovers; progress is not here, it is re-read from the shards.</summary>
[GenerateSerializer, Alias("Probes.CampaignState")]
public sealed class CampaignState
{
    [Id(0)] public string? PlanJson { get; set; }
    [Id(1)] public CampaignStatus Status { get; set; }
    [Id(2)] public List<ShardRange> Shards { get; set; } = [];
    [Id(5)] public int BatchSize { get; set; }
    [Id(3)] public DateTimeOffset? StartedAt { get; set; }
    [Id(4)] public DateTimeOffset? FinishedAt { get; set; }
}

/// <summary>One shard's slice of a target's items; the plan itself is stored once, not per shard.</summary>
[GenerateSerializer, Immutable, Alias("Probes.ShardRange")]
public sealed record ShardRange(
    [property: Id(0)] string TargetId,
    [property: Id(1)] int Shard,
    [property: Id(2)] long Start,
    [property: Id(3)] long End);
