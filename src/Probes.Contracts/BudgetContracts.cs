using Probes.Core.Budgets;

namespace Probes.Contracts;

/// <summary>
/// A shard's request before it sends a batch: the worst case of each item, in order. The campaign grants a prefix.
/// One request per shard at a time: a new one replaces the shard's previous reservation.
/// </summary>
[GenerateSerializer, Immutable, Alias("Probes.AllowanceRequest")]
public sealed record AllowanceRequest(
    [property: Id(0)] string TargetId,
    [property: Id(1)] int Shard,
    [property: Id(2)] IReadOnlyList<BudgetAmount> ItemBounds);

/// <summary>
/// How many of the requested items may be sent now. None and not exhausted: ask again after
/// <see cref="RetryAfter"/>, when batches in flight elsewhere have settled. Exhausted: the budget is spent; stop.
/// </summary>
[GenerateSerializer, Immutable, Alias("Probes.Allowance")]
public sealed record Allowance(
    [property: Id(0)] int Granted,
    [property: Id(1)] bool Exhausted,
    [property: Id(2)] TimeSpan RetryAfter);

/// <summary>Carries <see cref="BudgetAmount"/> (a Core type, free of Orleans) across grain calls.</summary>
[GenerateSerializer, Alias("Probes.BudgetAmount")]
public struct BudgetAmountSurrogate
{
    [Id(0)] public long Tokens;
    [Id(1)] public decimal CostUsd;
}

[RegisterConverter]
public sealed class BudgetAmountSurrogateConverter : IConverter<BudgetAmount, BudgetAmountSurrogate>
{
    public BudgetAmount ConvertFromSurrogate(in BudgetAmountSurrogate surrogate) => new(surrogate.Tokens, surrogate.CostUsd);

    public BudgetAmountSurrogate ConvertToSurrogate(in BudgetAmount value) => new() { Tokens = value.Tokens, CostUsd = value.CostUsd };
}
