using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Storage;
using Probes.Contracts;
using Probes.Core.Campaigns;
using Probes.Core.ProbeSets;
using Probes.Core.Specs;
using Probes.Grains.Campaigns;
using Probes.Grains.Fingerprints;
using Probes.Grains.Shards;
using Probes.Testing;

namespace Probes.Grains.Tests;

/// <summary>An API key lives only in its environment variable: every piece of grain state is checked for a planted one.</summary>
[Collection("cluster")]
public sealed class SecretTests(ClusterFixture fixture)
{
    private const string Variable = "PROBES_GRAIN_TEST_KEY";
    private const string PlantedKey = "sk-grain-planted-8c41d2e07f95b3a6";

    [Fact]
    public async Task A_planted_api_key_reaches_the_server_but_no_grain_state()
    {
        Environment.SetEnvironmentVariable(Variable, PlantedKey);
        await using var server = await LoopbackChatServer.StartAsync();
        var plan = new CampaignPlan(
            new CampaignSpec("secret", [new ProbeSetReference("core", null)], 1, SamplingSettings.Default,
                [new TargetSpec("loop", "openai", "m", server.ApiBaseUrl, Variable, new RateSettings(60_000, 4))]),
            [BuiltInProbeSets.Find("core")!]);
        var campaignId = $"secret-{Guid.NewGuid():N}";

        var progress = await fixture.RunAsync(campaignId, plan, shardSize: 20, batchSize: 7);
        Assert.Equal(CampaignStatus.Completed, progress.Status);
        Assert.All(server.Requests, r => Assert.Equal($"Bearer {PlantedKey}", r.Authorization));

        var storage = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(GrainStorage.Name);
        var states = new List<object>();
        var campaignState = await ReadAsync<CampaignState>(storage, "campaign", "campaign", campaignId);
        states.Add(campaignState);
        foreach (var range in campaignState.Shards)
        {
            states.Add(await ReadAsync<ShardState>(storage, "shard", "campaignshard", ShardKey.Of(campaignId, range.TargetId, range.Shard)));
        }
        states.Add(await ReadAsync<FingerprintGrainState>(storage, "fingerprint", "fingerprint", FingerprintGrain.KeyOf(campaignId, "loop")));

        Assert.Equal(2 + campaignState.Shards.Count, states.Count);
        Assert.All(states, state => Assert.DoesNotContain(PlantedKey, JsonSerializer.Serialize(state, state.GetType())));
        // The plan in campaign and shard state names the variable: the search above looked at real content.
        Assert.Contains(Variable, JsonSerializer.Serialize(campaignState));
    }

    private static async Task<T> ReadAsync<T>(IGrainStorage storage, string stateName, string grainType, string key) where T : new()
    {
        var state = new GrainState<T>(new T());
        await storage.ReadStateAsync(stateName, GrainId.Create(grainType, key), state);
        Assert.True(state.RecordExists, $"{grainType}/{key} has no stored state");
        return state.State!;
    }
}
