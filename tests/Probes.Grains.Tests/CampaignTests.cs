using Probes.Contracts;
using Probes.Core.Campaigns;
using Probes.Core.Fingerprints;
using Probes.Core.ProbeSets;
using Probes.Core.Specs;

namespace Probes.Grains.Tests;

[Collection("cluster")]
public sealed class CampaignTests(ClusterFixture fixture)
{
    private static CampaignPlan SmallPlan(string name) => new(
        new CampaignSpec(
            name,
            [new ProbeSetReference("core", null)],
            SamplesPerProbe: 2,
            new SamplingSettings(1.0, 64, null),
            [
                new TargetSpec("sim-teacher", "simulated", "sim-teacher", null, null, new RateSettings(60_000, 8)),
                new TargetSpec("sim-alpha", "simulated", "sim-alpha", null, null, new RateSettings(60_000, 8)),
            ]),
        [BuiltInProbeSets.Find("core")!]);

    [Fact]
    public async Task Every_work_item_is_recorded_once_and_counted_once_in_the_fingerprint()
    {
        var plan = SmallPlan("grains-once");
        var campaignId = $"grains-once-{Guid.NewGuid():N}";

        // Small shards and batches so one campaign spans many shards on both silos and many batches per shard.
        var progress = await fixture.RunAsync(campaignId, plan, shardSize: 17, batchSize: 5);

        Assert.Equal(CampaignStatus.Completed, progress.Status);
        var expected = plan.CreateWorkPlan().Count;
        foreach (var target in plan.Spec.Targets)
        {
            var indices = new List<long>();
            await foreach (var record in fixture.Store.ReadRecordsAsync(campaignId, target.Id, CancellationToken.None))
            {
                Assert.Equal(target.Id, record.TargetId);
                indices.Add(record.ItemIndex);
            }
            Assert.Equal(expected, indices.Count);
            Assert.Equal(Enumerable.Range(0, (int)expected).Select(i => (long)i), indices.Order());

            var json = await fixture.Store.ReadCampaignFingerprintAsync(campaignId, target.Id, CancellationToken.None);
            var fingerprint = Fingerprint.FromJson(json!);
            Assert.Equal(expected, fingerprint.RecordCount + fingerprint.ErrorCount);
            Assert.Equal(new FingerprintKey(target.Id, plan.ProbeSetVersion, plan.SamplingHash), fingerprint.Key);
        }
        Assert.NotNull(await fixture.Store.ReadCampaignAsync(campaignId, CancellationToken.None));
    }

    [Fact]
    public async Task A_delta_sent_twice_is_applied_once()
    {
        var key = new FingerprintKey("sim-beta", "core.v1", "abc");
        var delta = new Fingerprint(key);
        delta.Add(new Core.Records.ProbeRecord
        {
            CampaignId = "c", TargetId = "sim-beta", ItemIndex = 0, ProbeId = "gene.animal", Family = "gene", Variant = 0, Sample = 0,
            Prompt = "Name an animal.", PromptHash = "h", Temperature = 1, MaxTokens = 10, Response = "Otter.",
        });
        var grain = fixture.Cluster.Client.GetGrain<IFingerprintGrain>($"dedup-{Guid.NewGuid():N}/sim-beta");

        Assert.True(await grain.ApplyAsync(new FingerprintDelta("c/sim-beta/0", 0, delta.ToJson())));
        Assert.False(await grain.ApplyAsync(new FingerprintDelta("c/sim-beta/0", 0, delta.ToJson())));
        Assert.True(await grain.ApplyAsync(new FingerprintDelta("c/sim-beta/1", 0, delta.ToJson())));
        Assert.Equal(2, await grain.FlushAsync());
    }

    [Fact]
    public async Task Starting_a_campaign_twice_does_not_start_its_work_twice()
    {
        var plan = SmallPlan("grains-twice");
        var campaign = fixture.Cluster.Client.GetGrain<ICampaignGrain>($"grains-twice-{Guid.NewGuid():N}");
        var launch = new CampaignLaunch(plan.ToJson(), ShardSize: 1000, BatchSize: 50);

        var first = await campaign.StartAsync(launch);
        var second = await campaign.StartAsync(launch);

        Assert.Equal(first.Total, second.Total);
        Assert.Equal(2 * plan.CreateWorkPlan().Count, second.Total);
    }
}
