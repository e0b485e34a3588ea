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

    /// <summary>Why a <see cref="CampaignStatus.Stopped"/> campaign stopped: the budget, what it spent, the limit.</summary>
    [Id(6)] public string? StopReason { get; set; }

    /// <summary>0 for the campaign's own run; n while (and after) retry attempt n runs.</summary>
    [Id(7)] public int Attempt { get; set; }

    /// <summary>Per-target progress and spending before the current attempt; empty for the campaign's own run.</summary>
    [Id(8)] public List<TargetProgress> Baseline { get; set; } = [];
}

/// <summary>
/// One shard's slice of a target's items; the plan itself is stored once, not per shard. A retry shard's slice is
/// positions [Start, End) of its own list of item indices.
/// </summary>
[GenerateSerializer, Immutable, Alias("Probes.ShardRange")]
public sealed record ShardRange(
    [property: Id(0)] string TargetId,
    [property: Id(1)] int Shard,
    [property: Id(2)] long Start,
    [property: Id(3)] long End,
    [property: Id(4)] int Attempt = 0,
    [property: Id(5)] long[]? Items = null)
{
    public ShardAssignment Assign(string campaignId, int batchSize, string planJson) =>
        new(campaignId, TargetId, Shard, Start, End, batchSize, planJson, Attempt, Items);

    public ShardProgress NotStarted() => new(TargetId, Shard, End - Start, 0, 0, false, Attempt);
}
