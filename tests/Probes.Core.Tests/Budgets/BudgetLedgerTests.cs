using Probes.Core.Budgets;
using Probes.Core.Specs;

namespace Probes.Core.Tests.Budgets;

public sealed class BudgetLedgerTests
{
    private static BudgetAmount Tokens(long tokens) => new(tokens, 0m);

    private static BudgetAmount[] Items(int count, long tokens) => Enumerable.Repeat(Tokens(tokens), count).ToArray();

    [Fact]
    public void Grants_the_longest_prefix_whose_worst_case_fits()
    {
        var ledger = new BudgetLedger(new CampaignBudget(1_000, null), BudgetAmount.Zero);

        var grant = ledger.Reserve("a/0", Items(10, 300));

        Assert.Equal(3, grant.Items);
        Assert.Equal(Tokens(900), grant.Reserved);
        Assert.Equal(Tokens(900), ledger.Reserved);
    }

    [Fact]
    public void Others_reservations_make_a_holder_wait_not_stop()
    {
        var ledger = new BudgetLedger(new CampaignBudget(1_000, null), BudgetAmount.Zero);
        ledger.Reserve("a/0", Items(3, 300));

        var grant = ledger.Reserve("b/0", Items(5, 300));

        Assert.True(grant.Wait);
        Assert.False(grant.Exhausted);
    }

    [Fact]
    public void Settling_below_the_bound_frees_budget_for_others()
    {
        var ledger = new BudgetLedger(new CampaignBudget(1_000, null), BudgetAmount.Zero);
        ledger.Reserve("a/0", Items(3, 300));
        ledger.Settle("a/0", Tokens(240));

        var grant = ledger.Reserve("b/0", Items(5, 300));

        Assert.Equal(Tokens(240), ledger.Spent);
        Assert.Equal(2, grant.Items);
        Assert.Equal(Tokens(600), ledger.Reserved);
    }

    [Fact]
    public void The_longest_waiting_holder_gets_freed_budget_before_holders_that_ask_again_at_once()
    {
        var ledger = new BudgetLedger(new CampaignBudget(1_000, null), BudgetAmount.Zero);
        ledger.Reserve("fast/0", Items(3, 300));
        Assert.True(ledger.Reserve("slow/0", Items(5, 300)).Wait);
        ledger.Settle("fast/0", Tokens(300));

        // The fast holder asks again first, but the slow one's next item is set aside for it.
        Assert.Equal(1, ledger.Reserve("fast/0", Items(5, 300)).Items);
        Assert.Equal(1, ledger.Reserve("slow/0", Items(5, 300)).Items);
        Assert.Equal(Tokens(600), ledger.Reserved);
    }

    [Fact]
    public void A_holder_reports_running_totals_so_a_repeated_report_counts_once()
    {
        var ledger = new BudgetLedger(new CampaignBudget(1_000, null), Tokens(100));

        ledger.Settle("a/0", Tokens(250));
        ledger.Settle("a/0", Tokens(250));
        ledger.Settle("b/1", Tokens(50));

        Assert.Equal(Tokens(400), ledger.Spent);
    }

    [Fact]
    public void A_new_request_replaces_the_holders_previous_reservation()
    {
        var ledger = new BudgetLedger(new CampaignBudget(1_000, null), BudgetAmount.Zero);
        ledger.Reserve("a/0", Items(3, 300));

        var grant = ledger.Reserve("a/0", Items(2, 300));

        Assert.Equal(2, grant.Items);
        Assert.Equal(Tokens(600), ledger.Reserved);
    }

    [Fact]
    public void Exhausted_when_the_next_item_cannot_fit_next_to_what_is_spent()
    {
        var ledger = new BudgetLedger(new CampaignBudget(1_000, null), BudgetAmount.Zero);
        ledger.Settle("a/0", Tokens(812));

        var grant = ledger.Reserve("a/0", Items(4, 200));

        Assert.True(grant.Exhausted);
        Assert.Equal(CampaignBudget.MaxTokensField, grant.ExhaustedLimit);
        Assert.Equal(0, grant.Items);
        Assert.Equal("budget max_tokens reached: used 812 of 1,000 tokens", ledger.StopReason());
    }

    [Fact]
    public void A_smaller_item_still_fits_after_a_larger_one_was_refused()
    {
        var ledger = new BudgetLedger(new CampaignBudget(1_000, null), BudgetAmount.Zero);
        ledger.Settle("a/0", Tokens(812));

        Assert.True(ledger.Reserve("a/0", [Tokens(200)]).Exhausted);
        Assert.Equal(1, ledger.Reserve("b/0", [Tokens(150), Tokens(150)]).Items);
    }

    [Fact]
    public void The_cost_limit_stops_in_dollars()
    {
        var ledger = new BudgetLedger(new CampaignBudget(1_000_000, 0.05m), new BudgetAmount(10, 0.0412m));

        var grant = ledger.Reserve("a/0", [new BudgetAmount(100, 0.01m)]);

        Assert.Equal(CampaignBudget.MaxCostField, grant.ExhaustedLimit);
        Assert.Equal("budget max_cost_usd reached: used $0.0412 of $0.05", ledger.StopReason());
    }

    [Fact]
    public void Granted_reservations_never_add_up_past_either_limit()
    {
        var ledger = new BudgetLedger(new CampaignBudget(10_000, 1m), BudgetAmount.Zero);
        var random = new Random(7);
        var totals = new Dictionary<string, BudgetAmount>();
        var granted = 0;
        for (var round = 0; round < 200; round++)
        {
            var holder = $"t/{round % 5}";
            var bounds = Enumerable.Range(0, random.Next(1, 20))
                .Select(_ => new BudgetAmount(random.Next(50, 400), random.Next(1, 500) / 10_000m)).ToArray();
            var grant = ledger.Reserve(holder, bounds);
            granted += grant.Items;
            Assert.InRange((ledger.Spent + ledger.Reserved).Tokens, 0, 10_000);
            Assert.InRange((ledger.Spent + ledger.Reserved).CostUsd, 0m, 1m);
            // The holder's calls spend part of their bound; it reports its running total.
            var used = BudgetAmount.Sum(bounds.Take(grant.Items).Select(b => new BudgetAmount(b.Tokens / 2, b.CostUsd / 2)));
            totals[holder] = totals.GetValueOrDefault(holder) + used;
            ledger.Settle(holder, totals[holder]);
        }
        Assert.Equal(BudgetAmount.Sum(totals.Values), ledger.Spent);
        Assert.InRange(granted, 1, 10_000);
        Assert.NotNull(ledger.ExhaustedLimit);
    }
}
