using Probes.Core.Budgets;

namespace Probes.Contracts;

/// <summary>What a client hands the campaign grain: the resolved plan as JSON and how to cut it into shards.</summary>
[GenerateSerializer, Immutable, Alias("Probes.CampaignLaunch")]
public sealed record CampaignLaunch(
    [property: Id(0)] string PlanJson,
    [property: Id(1)] int ShardSize,
    [property: Id(2)] int BatchSize);

[GenerateSerializer, Alias("Probes.CampaignStatus")]
public enum CampaignStatus
{
    NotStarted,
    Running,
    Completed,
    Cancelled,

    /// <summary>A budget ran out: what was sent is recorded, the rest was not sent (<see cref="CampaignProgress.StopReason"/>).</summary>
    Stopped,
}

/// <summary>
/// Progress of one target across all its shards: items with a record, items whose record is an error, and the
/// tokens and dollars its calls spent.
/// </summary>
[GenerateSerializer, Immutable, Alias("Probes.TargetProgress")]
public sealed record TargetProgress(
    [property: Id(0)] string TargetId,
    [property: Id(1)] long Total,
    [property: Id(2)] long Completed,
    [property: Id(3)] long Errors,
    [property: Id(4)] BudgetAmount Spent = default);

[GenerateSerializer, Immutable, Alias("Probes.CampaignProgress")]
public sealed record CampaignProgress(
    [property: Id(0)] string CampaignId,
    [property: Id(1)] CampaignStatus Status,
    [property: Id(2)] IReadOnlyList<TargetProgress> Targets,
    [property: Id(3)] string? StopReason = null)
{
    public long Total => Targets.Sum(t => t.Total);

    public long Completed => Targets.Sum(t => t.Completed);

    public long Errors => Targets.Sum(t => t.Errors);

    public BudgetAmount Spent => BudgetAmount.Sum(Targets.Select(t => t.Spent));
}
