using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.TestingHost;
using Probes.Contracts;
using Probes.Core.Campaigns;
using Probes.Grains;
using Probes.Hosting;
using Probes.Storage;

namespace Probes.Benchmarks.Rates;

/// <summary>
/// Two silos in this process with in-memory grain state, writing records to a temporary folder: shards land on both
/// silos, so every lease is a cross-silo or local call to the one governor grain, as in production.
/// </summary>
public sealed class RateCluster : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("probes-rate-bench-").FullName;
    private InProcessTestCluster _cluster = null!;

    public static async Task<RateCluster> StartAsync()
    {
        var rates = new RateCluster();
        var storage = new StorageOptions { Kind = StorageKinds.Local, Folder = rates._folder };
        var builder = new InProcessTestClusterBuilder(2);
        // The test host would otherwise write each silo's log to ./logs wherever the benchmark is started.
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) => silo.AddMemoryGrainStorage(GrainStorage.Name).UseInMemoryReminderService());
        builder.ConfigureSiloHost((_, host) => host.Services.AddProbesRuntime(new ConfigurationBuilder().Build(), storage));
        rates._cluster = builder.Build();
        await rates._cluster.DeployAsync();
        return rates;
    }

    /// <summary>Runs a campaign to its end (bounded by <paramref name="limit"/>) and returns its final progress.</summary>
    public async Task<CampaignProgress> RunAsync(CampaignPlan plan, int shardSize, int batchSize, TimeSpan limit)
    {
        var campaign = _cluster.Client.GetGrain<ICampaignGrain>($"rate-bench-{Guid.NewGuid():N}");
        var progress = await campaign.StartAsync(new CampaignLaunch(plan.ToJson(), shardSize, batchSize));
        var deadline = DateTimeOffset.UtcNow + limit;
        while (progress.Status == CampaignStatus.Running && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(250);
            progress = await campaign.GetProgressAsync();
        }
        return progress;
    }

    public async ValueTask DisposeAsync()
    {
        await _cluster.StopAllSilosAsync();
        await _cluster.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
