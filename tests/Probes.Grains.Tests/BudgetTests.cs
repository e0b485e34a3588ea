using Probes.Contracts;
using Probes.Core.Budgets;
using Probes.Core.Campaigns;
using Probes.Core.Fingerprints;
using Probes.Core.ProbeSets;
using Probes.Core.Records;
using Probes.Core.Specs;
using Probes.Grains.Campaigns;

namespace Probes.Grains.Tests;

/// <summary>
/// A budget stops a campaign spread over many shards on two silos: what is recorded stays within the limit, the
/// stop leaves less than one call's worst case unspent, and records, fingerprints and campaign.json agree.
/// </summary>
[Collection("cluster")]
public sealed class BudgetTests(ClusterFixture fixture)
{
    private static readonly TargetPrice TeacherPrice = new(3m, 15m);
    private static readonly TargetPrice AlphaPrice = new(0.5m, 1.5m);

    private static CampaignPlan Plan(string name, CampaignBudget budget) => new(
        new CampaignSpec(
            name,
            [new ProbeSetReference("core", null)],
            SamplesPerProbe: 3,
            new SamplingSettings(1.0, 64, null),
            [
                new TargetSpec("sim-teacher", "simulated", "sim-teacher", null, null, new RateSettings(60_000, 8), Price: TeacherPrice),
                new TargetSpec("sim-alpha", "simulated", "sim-alpha", null, null, new RateSettings(60_000, 8), Price: AlphaPrice),
            ],
            budget),
        [BuiltInProbeSets.Find("core")!]);

    public static TheoryData<string, long?, double?> Limits => new()
    {
        { CampaignBudget.MaxTokensField, 4_000L, null },
        { CampaignBudget.MaxCostField, null, 0.004 },
    };

    [Theory]
    [MemberData(nameof(Limits))]
    public async Task A_budget_stops_the_campaign_within_its_limit_and_every_record_counts_once(string limit, long? maxTokens, double? maxCost)
    {
        var budget = new CampaignBudget(maxTokens, maxCost is { } cost ? (decimal)cost : null);
        var plan = Plan("grains-budget", budget);
        var campaignId = $"grains-budget-{limit}-{Guid.NewGuid():N}";

        var progress = await fixture.RunAsync(campaignId, plan, shardSize: 17, batchSize: 5);

        Assert.Equal(CampaignStatus.Stopped, progress.Status);
        Assert.StartsWith($"budget {limit} reached: used ", progress.StopReason);
        var spent = BudgetAmount.Zero;
        var recorded = 0;
        var largestBound = BudgetAmount.Zero;
        foreach (var target in plan.Spec.Targets)
        {
            var records = await fixture.Store.ReadStoredRecordsAsync(campaignId, target.Id).ToListAsync();
            Assert.Equal(records.Count, records.Select(r => r.ItemIndex).Distinct().Count());
            // Items the budget kept from being sent are simply absent, never error records.
            Assert.DoesNotContain(records, r => r.Error?.Kind == ErrorKinds.BudgetExhausted);
            // A target the budget never reached has no records and so no fingerprint.
            var json = await fixture.Store.ReadCampaignFingerprintAsync(campaignId, target.Id);
            Assert.Equal(records.Count, json is null ? 0 : Fingerprint.FromJson(json).RecordCount + Fingerprint.FromJson(json).ErrorCount);
            var targetSpent = BudgetAmount.Sum(records.Select(r => CallBound.Spent(r.PromptTokens, r.CompletionTokens, r.Succeeded,
                CallBound.Of(r.Prompt, plan.Spec.Sampling, target.Price), target.Price)));
            Assert.Equal(targetSpent, progress.Targets.Single(t => t.TargetId == target.Id).Spent);
            spent += targetSpent;
            recorded += records.Count;
            var work = plan.CreateWorkPlan();
            for (long i = 0; i < work.Count; i++)
            {
                var bound = CallBound.Of(work[i].Prompt, plan.Spec.Sampling, target.Price);
                largestBound = new BudgetAmount(Math.Max(largestBound.Tokens, bound.Tokens), Math.Max(largestBound.CostUsd, bound.CostUsd));
            }
        }

        Assert.Equal(spent, progress.Spent);
        Assert.InRange(recorded, 1, 2 * plan.CreateWorkPlan().Count - 1);
        if (maxTokens is { } tokens)
        {
            Assert.InRange(spent.Tokens, tokens - largestBound.Tokens + 1, tokens);
        }
        else
        {
            Assert.InRange(spent.CostUsd, budget.MaxCostUsd!.Value - largestBound.CostUsd, budget.MaxCostUsd.Value);
        }
        var document = CampaignDocument.Read(await fixture.Store.ReadCampaignAsync(campaignId));
        Assert.Equal(CampaignStatus.Stopped, document.Status);
        Assert.Equal(progress.StopReason, document.StopReason);
        Assert.Equal(spent, document.Spent);
        Assert.Equal(budget, document.Plan().Spec.Budget);
    }

    [Fact]
    public async Task A_campaign_within_its_budget_completes_and_reports_what_it_spent()
    {
        var plan = Plan("grains-roomy", new CampaignBudget(10_000_000, 100m));
        var campaignId = $"grains-roomy-{Guid.NewGuid():N}";

        var progress = await fixture.RunAsync(campaignId, plan, shardSize: 40, batchSize: 10);

        Assert.Equal(CampaignStatus.Completed, progress.Status);
        Assert.Null(progress.StopReason);
        Assert.Equal(2 * plan.CreateWorkPlan().Count, progress.Completed);
        Assert.All(progress.Targets, t => Assert.True(t.Spent.Tokens > 0 && t.Spent.CostUsd > 0));
    }
}
