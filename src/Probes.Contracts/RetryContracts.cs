namespace Probes.Contracts;

/// <summary>
/// Re-runs chosen items of a finished campaign as retry attempt <see cref="Attempt"/> (1, 2, …): the same plan, the
/// same item indices, new batches under shard names of their own. <see cref="Baseline"/> is the campaign's progress
/// and spending before this attempt, as its <c>campaign.json</c> recorded them, so counts and budget carry on.
/// </summary>
[GenerateSerializer, Immutable, Alias("Probes.RetryLaunch")]
public sealed record RetryLaunch(
    [property: Id(0)] string PlanJson,
    [property: Id(1)] int Attempt,
    [property: Id(2)] int ShardSize,
    [property: Id(3)] int BatchSize,
    [property: Id(4)] IReadOnlyList<RetryItems> Items,
    [property: Id(5)] IReadOnlyList<TargetProgress> Baseline,
    [property: Id(6)] DateTimeOffset? StartedAt = null);

/// <summary>The item indices of one target to run again.</summary>
[GenerateSerializer, Immutable, Alias("Probes.RetryItems")]
public sealed record RetryItems(
    [property: Id(0)] string TargetId,
    [property: Id(1)] long[] Indices);
