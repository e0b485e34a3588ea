using Probes.Core.Budgets;
using Probes.Core.Specs;

namespace Probes.Grains.Campaigns;

/// <summary>
/// The latest progress of every shard of the current attempt, summed per target on top of the baseline (what earlier
/// attempts left), and the budget ledger that shards' reported spending feeds. Lives in the campaign activation only:
/// after a failover it is rebuilt from the shards, which persist their own counts and spending with their cursors.
/// </summary>
internal sealed class ShardTally
{
    private static readonly TimeSpan BudgetWait = TimeSpan.FromMilliseconds(250);
    private readonly Dictionary<(string Target, int Shard), ShardProgress> _progress = [];
    private IReadOnlyList<TargetProgress> _baseline = [];
    private BudgetLedger? _ledger;

    public void Reset(CampaignBudget? budget, IReadOnlyList<TargetProgress> baseline, IEnumerable<ShardRange> shards)
    {
        _baseline = baseline;
        _ledger = budget is null ? null : new BudgetLedger(budget, BudgetAmount.Sum(baseline.Select(t => t.Spent)));
        _progress.Clear();
        foreach (var range in shards)
        {
            Update(range.NotStarted());
        }
    }

    public void Update(ShardProgress progress)
    {
        _progress[(progress.TargetId, progress.Shard)] = progress;
        _ledger?.Settle(Holder(progress.TargetId, progress.Shard), progress.Spent);
    }

    public Allowance Reserve(AllowanceRequest request)
    {
        if (_ledger is null)
        {
            return new Allowance(request.ItemBounds.Count, false, TimeSpan.Zero);
        }
        var grant = _ledger.Reserve(Holder(request.TargetId, request.Shard), request.ItemBounds);
        return new Allowance(grant.Items, grant.Exhausted, grant.Wait ? BudgetWait : TimeSpan.Zero);
    }

    public bool AllFinished(int shardCount) => _progress.Count == shardCount && _progress.Values.All(p => p.Finished);

    public bool BudgetStopped => _progress.Values.Any(p => p.BudgetStopped);

    public string? StopReason() => BudgetStopped ? _ledger?.StopReason() : null;

    /// <summary>
    /// A retry shard's items already count in the baseline's totals and errors; what it changes is the errors it turned
    /// into successes. Spending always adds up.
    /// </summary>
    public IReadOnlyList<TargetProgress> Targets()
    {
        var targets = _baseline.ToDictionary(t => t.TargetId, StringComparer.Ordinal);
        foreach (var p in _progress.Values)
        {
            var t = targets.GetValueOrDefault(p.TargetId) ?? new TargetProgress(p.TargetId, 0, 0, 0);
            targets[p.TargetId] = p.Attempt == 0
                ? t with { Total = t.Total + p.Total, Completed = t.Completed + p.Completed, Errors = t.Errors + p.Errors, Spent = t.Spent + p.Spent }
                : t with { Errors = t.Errors - (p.Completed - p.Errors), Spent = t.Spent + p.Spent };
        }
        return targets.Values.OrderBy(t => t.TargetId, StringComparer.Ordinal).ToList();
    }

    private static string Holder(string targetId, int shard) => $"{targetId}/{shard}";
}
