using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;
using Probes.Contracts;
using Probes.Core.Campaigns;
using Probes.Grains;
using Probes.Hosting;
using Probes.Storage;

namespace Probes.Grains.Tests;

/// <summary>
/// Two silos in this process with in-memory grain state and reminders, writing records to one temporary folder and
/// calling model APIs through the production client factory, configured by <paramref name="settings"/>: shards of
/// one campaign land on both silos, so the tests exercise cross-silo calls to the governor and fingerprint.
/// </summary>
public abstract class SiloClusterFixture(IReadOnlyDictionary<string, string?> settings) : IAsyncLifetime
{
    public string DataFolder { get; } = Directory.CreateTempSubdirectory("probes-grains-").FullName;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public ProbeStore Store => new(new LocalFolderBlobStore(DataFolder));

    public async Task InitializeAsync()
    {
        var storage = new StorageOptions { Kind = StorageKinds.Local, Folder = DataFolder };
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) => silo
            .AddMemoryGrainStorage(GrainStorage.Name)
            .UseInMemoryReminderService());
        builder.ConfigureSiloHost((_, host) =>
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
            host.Services.AddProbesRuntime(configuration, storage);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <summary>Starts a campaign and polls it until it leaves the running state (bounded to one minute).</summary>
    public async Task<CampaignProgress> RunAsync(string campaignId, CampaignPlan plan, int shardSize, int batchSize)
    {
        var campaign = Cluster.Client.GetGrain<ICampaignGrain>(campaignId);
        return await WaitAsync(campaign, await campaign.StartAsync(new CampaignLaunch(plan.ToJson(), shardSize, batchSize)));
    }

    /// <summary>Runs a retry attempt of a finished campaign and polls it until it leaves the running state.</summary>
    public async Task<CampaignProgress> RetryAsync(string campaignId, RetryLaunch launch)
    {
        var campaign = Cluster.Client.GetGrain<ICampaignGrain>(campaignId);
        return await WaitAsync(campaign, await campaign.RetryAsync(launch));
    }

    private static async Task<CampaignProgress> WaitAsync(ICampaignGrain campaign, CampaignProgress progress)
    {
        for (var i = 0; i < 600 && progress.Status == CampaignStatus.Running; i++)
        {
            await Task.Delay(100);
            progress = await campaign.GetProgressAsync();
        }
        return progress;
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        Directory.Delete(DataFolder, recursive: true);
    }
}
