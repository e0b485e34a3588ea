using Probes.Core.Budgets;

namespace Probes.Contracts;

/// <summary>
/// A contiguous range [Start, End) of one target's work items, executed by one shard grain; or, for a retry attempt
/// (<see cref="Attempt"/> above 0), positions [Start, End) of the explicit item list <see cref="Items"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("Probes.ShardAssignment")]
public sealed record ShardAssignment(
    [property: Id(0)] string CampaignId,
    [property: Id(1)] string TargetId,
    [property: Id(2)] int Shard,
    [property: Id(3)] long Start,
    [property: Id(4)] long End,
    [property: Id(5)] int BatchSize,
    [property: Id(6)] string PlanJson,
    [property: Id(7)] int Attempt = 0,
    [property: Id(8)] long[]? Items = null)
{
    public string GrainKey => ShardKey.Of(CampaignId, TargetId, Shard, Attempt);

    /// <summary>The work-item index at a cursor position.</summary>
    public long ItemAt(long position) => Items is null ? position : Items[position];
}

/// <summary>
/// The shard grain's key, <c>{campaign}/{target}/{shard}</c>, or <c>{campaign}/{target}/r{attempt}-{shard}</c> for a
/// retry attempt, so a retry's shards never share state or fingerprint deduplication with the original ones.
/// </summary>
public static class ShardKey
{
    public static string Of(string campaignId, string targetId, int shard, int attempt = 0) =>
        attempt == 0 ? $"{campaignId}/{targetId}/{shard}" : $"{campaignId}/{targetId}/r{attempt}-{shard}";
}

[GenerateSerializer, Immutable, Alias("Probes.ShardProgress")]
public sealed record ShardProgress(
    [property: Id(0)] string TargetId,
    [property: Id(1)] int Shard,
    [property: Id(2)] long Total,
    [property: Id(3)] long Completed,
    [property: Id(4)] long Errors,
    [property: Id(5)] bool Done,
    [property: Id(6)] int Attempt = 0,
    [property: Id(7)] BudgetAmount Spent = default,
    [property: Id(8)] bool BudgetStopped = false)
{
    /// <summary>Nothing more will run: every item is recorded, or the budget stopped the rest.</summary>
    public bool Finished => Done || BudgetStopped;
}
