using Probes.Core.Specs;

namespace Probes.Core.Budgets;

/// <summary>
/// One campaign's budget account across the cluster. Spent is what holders (shards) have durably recorded, each
/// reporting its running total; before sending a batch a holder reserves the worst case of each item
/// (<see cref="CallBound"/>) and is granted the longest prefix that fits under the limits after everything spent and
/// reserved by others. Since reservations are worst cases, spending never passes a limit unless a provider bills more
/// than the bound; the budget counts as exhausted once the next item's bound no longer fits next to what is already
/// spent, so what is left unspent is less than one call's worst case.
/// Holders told to wait queue up, and the first in the queue has its next item's bound set aside from everyone else's
/// grants: otherwise holders that ask again the moment their batch lands would take every freed token, and a target
/// whose shards happened to ask later would never be sampled. Only the head is protected, so the queue always moves.
/// </summary>
public sealed class BudgetLedger(CampaignBudget budget, BudgetAmount baseline)
{
    private readonly Dictionary<string, BudgetAmount> _spent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BudgetAmount> _reserved = new(StringComparer.Ordinal);
    private readonly List<(string Holder, BudgetAmount Next)> _waiting = [];

    public CampaignBudget Budget { get; } = budget ?? throw new ArgumentNullException(nameof(budget));

    /// <summary>Spent by earlier runs of the campaign plus every holder's recorded total.</summary>
    public BudgetAmount Spent => baseline + BudgetAmount.Sum(_spent.Values);

    public BudgetAmount Reserved => BudgetAmount.Sum(_reserved.Values);

    /// <summary>The first limit that refused an item (a spec field name), or null while none has.</summary>
    public string? ExhaustedLimit { get; private set; }

    /// <summary>A holder's recorded total so far; the reservation it held is over, its batch is in storage.</summary>
    public void Settle(string holder, BudgetAmount spentSoFar)
    {
        _spent[holder] = spentSoFar;
        _reserved.Remove(holder);
    }

    /// <summary>
    /// Reserves for the longest prefix of <paramref name="itemBounds"/> that fits. A holder runs one batch at a time,
    /// so a new request replaces whatever it still held.
    /// </summary>
    public BudgetGrant Reserve(string holder, IReadOnlyList<BudgetAmount> itemBounds)
    {
        ArgumentNullException.ThrowIfNull(itemBounds);
        _reserved.Remove(holder);
        if (itemBounds.Count == 0)
        {
            return new BudgetGrant(0, BudgetAmount.Zero, null);
        }
        var head = _waiting.Count > 0 && _waiting[0].Holder != holder ? _waiting[0].Next : BudgetAmount.Zero;
        var committed = Spent + Reserved + head;
        var granted = BudgetAmount.Zero;
        var items = 0;
        while (items < itemBounds.Count && ExceededLimit(committed + granted + itemBounds[items]) is null)
        {
            granted += itemBounds[items++];
        }
        if (items > 0)
        {
            _waiting.RemoveAll(w => w.Holder == holder);
            _reserved[holder] = granted;
            return new BudgetGrant(items, granted, null);
        }
        // Reservations only ever settle at or below their bound, so if the item does not fit next to what is spent
        // it never will: that is the end of the budget, not a wait.
        if (ExceededLimit(Spent + itemBounds[0]) is { } limit)
        {
            _waiting.RemoveAll(w => w.Holder == holder);
            ExhaustedLimit ??= limit;
            return new BudgetGrant(0, BudgetAmount.Zero, limit);
        }
        var place = _waiting.FindIndex(w => w.Holder == holder);
        if (place < 0)
        {
            _waiting.Add((holder, itemBounds[0]));
        }
        else
        {
            _waiting[place] = (holder, itemBounds[0]);
        }
        return new BudgetGrant(0, BudgetAmount.Zero, null);
    }

    /// <summary>The line a stopped campaign reports, with the final amount spent against the limit that stopped it.</summary>
    public string StopReason() => BudgetText.StopReason(Budget, Spent, ExhaustedLimit ?? ClosestLimit());

    private string? ExceededLimit(BudgetAmount total) =>
        Budget.MaxTokens is { } maxTokens && total.Tokens > maxTokens ? CampaignBudget.MaxTokensField
        : Budget.MaxCostUsd is { } maxCost && total.CostUsd > maxCost ? CampaignBudget.MaxCostField
        : null;

    // After a failover the refusing limit is not known; the one most nearly spent is the one that stopped the work.
    private string ClosestLimit()
    {
        var spent = Spent;
        var tokenShare = Budget.MaxTokens is { } maxTokens ? (decimal)spent.Tokens / maxTokens : -1m;
        var costShare = Budget.MaxCostUsd is { } maxCost ? spent.CostUsd / maxCost : -1m;
        return tokenShare >= costShare ? CampaignBudget.MaxTokensField : CampaignBudget.MaxCostField;
    }
}
