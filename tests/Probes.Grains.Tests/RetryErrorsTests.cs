using Probes.Contracts;
using Probes.Core.Campaigns;
using Probes.Core.Fingerprints;
using Probes.Core.ProbeSets;
using Probes.Core.Specs;
using Probes.Testing;

namespace Probes.Grains.Tests;

/// <summary>
/// Retry attempts re-run exactly the failed items: afterwards each item has one effective record, the fingerprint
/// counts each item once, and the campaign's counts follow, over two attempts that each leave fewer errors.
/// </summary>
[Collection("cluster")]
public sealed class RetryErrorsTests(ClusterFixture fixture)
{
    private const string Target = "loop";

    [Fact]
    public async Task Failed_items_retried_twice_end_with_one_record_each_and_a_fingerprint_that_counts_them_once()
    {
        await using var server = await LoopbackChatServer.StartAsync();
        var plan = new CampaignPlan(
            new CampaignSpec("retry", [new ProbeSetReference("core", null)], 2, new SamplingSettings(0.7, 32, null),
                [new TargetSpec(Target, "openai", "m", server.ApiBaseUrl, null, new RateSettings(60_000, 4))]),
            [BuiltInProbeSets.Find("core")!]);
        var work = plan.CreateWorkPlan();
        var failing = Enumerable.Range(0, 3).Select(p => work[p * work.SamplesPerProbe].Prompt).ToHashSet();
        var campaignId = $"retry-{Guid.NewGuid():N}";
        server.Behaviour = PromptFaultScripts.FailPrompts(server, failing, 400);

        var first = await fixture.RunAsync(campaignId, plan, shardSize: 20, batchSize: 7);

        Assert.Equal(CampaignStatus.Completed, first.Status);
        var failed = await FailedAsync(campaignId);
        Assert.Equal(3 * work.SamplesPerProbe, failed.Length);
        Assert.Equal(failed.Length, first.Errors);

        // Two of the three prompts heal: attempt 1 fixes their items, the third prompt's items still fail.
        var stillFailing = failing.Order(StringComparer.Ordinal).First();
        server.Behaviour = PromptFaultScripts.FailPrompts(server, new HashSet<string> { stillFailing }, 400);
        var requestsBefore = server.RequestCount;
        var second = await fixture.RetryAsync(campaignId, Launch(plan, 1, failed, first.Targets));

        Assert.Equal(CampaignStatus.Completed, second.Status);
        Assert.Equal(failed.Length, server.RequestCount - requestsBefore);
        var retried = await fixture.Store.ReadStoredRecordsAsync(campaignId, Target, attempt: 1).ToListAsync();
        Assert.Equal(failed, retried.Select(r => r.ItemIndex).Order());
        Assert.All(retried, r => Assert.StartsWith($"{campaignId}/{Target}/r1-", r.Shard));
        Assert.Equal(work.SamplesPerProbe, second.Errors);
        await AssertOneEffectiveRecordPerItemAsync(campaignId, work.Count, errors: work.SamplesPerProbe);

        server.Behaviour = null;
        var stillFailed = await FailedAsync(campaignId);
        Assert.All(stillFailed, i => Assert.Equal(stillFailing, work[i].Prompt));
        var third = await fixture.RetryAsync(campaignId, Launch(plan, 2, stillFailed, second.Targets));

        Assert.Equal(CampaignStatus.Completed, third.Status);
        Assert.Equal(0, third.Errors);
        Assert.Equal(work.Count, third.Completed);
        await AssertOneEffectiveRecordPerItemAsync(campaignId, work.Count, errors: 0);
        // Every stored record is still there: resolution picks, it never deletes.
        Assert.Equal(work.Count + failed.Length + stillFailed.Length, (await fixture.Store.ReadStoredRecordsAsync(campaignId, Target).ToListAsync()).Count);
    }

    private static RetryLaunch Launch(CampaignPlan plan, int attempt, long[] items, IReadOnlyList<TargetProgress> baseline) =>
        new(plan.ToJson(), attempt, ShardSize: 4, BatchSize: 3, [new RetryItems(Target, items)], baseline);

    private async Task<long[]> FailedAsync(string campaignId) =>
        [.. (await fixture.Store.ReadRecordsAsync(campaignId, Target).ToListAsync()).Where(r => !r.Succeeded).Select(r => r.ItemIndex).Order()];

    private async Task AssertOneEffectiveRecordPerItemAsync(string campaignId, long items, int errors)
    {
        var effective = await fixture.Store.ReadRecordsAsync(campaignId, Target).ToListAsync();
        Assert.Equal(Enumerable.Range(0, (int)items).Select(i => (long)i), effective.Select(r => r.ItemIndex).Order());
        Assert.Equal(errors, effective.Count(r => !r.Succeeded));
        var fingerprint = Fingerprint.FromJson((await fixture.Store.ReadCampaignFingerprintAsync(campaignId, Target))!);
        Assert.Equal(items - errors, fingerprint.RecordCount);
        Assert.Equal(errors, fingerprint.ErrorCount);
    }
}
