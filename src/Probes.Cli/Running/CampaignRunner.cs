using Microsoft.Extensions.DependencyInjection;
using Probes.Contracts;
using Probes.Core.Campaigns;
using Probes.Hosting;
using Probes.Storage;

namespace Probes.Cli.Running;

/// <summary>Launches a plan on an embedded silo, shows progress until it finishes, and returns the final progress.</summary>
public static class CampaignRunner
{
    public static async Task<(string CampaignId, CampaignProgress Progress)> RunAsync(
        CampaignPlan plan, StorageOptions storage, TextWriter output, CancellationToken cancellationToken)
    {
        await using var host = await EmbeddedHost.StartAsync(storage, cancellationToken: cancellationToken);
        var options = host.Services.GetRequiredService<ProbesHostOptions>();
        var campaignId = NewCampaignId(plan.Spec.Name);
        var campaign = host.Client.GetGrain<ICampaignGrain>(campaignId);
        output.WriteLine($"campaign {campaignId}: {plan.Spec.Targets.Count} targets × {plan.CreateWorkPlan().Count} items → {host.Services.GetRequiredService<IBlobStore>().Describe()}");

        var progress = await campaign.StartAsync(new CampaignLaunch(plan.ToJson(), options.ShardSize, options.BatchSize));
        var bar = new ProgressBar(output);
        progress = await WatchAsync(campaign, progress, bar.Show, cancellationToken);
        bar.Finish(progress);
        return (campaignId, progress);
    }

    /// <summary>Polls a running campaign until it is no longer running; Ctrl+C cancels it (records so far are kept).</summary>
    public static async Task<CampaignProgress> WatchAsync(
        ICampaignGrain campaign, CampaignProgress progress, Action<CampaignProgress> show, CancellationToken cancellationToken)
    {
        using var cancel = cancellationToken.Register(() => _ = campaign.CancelAsync());
        while (progress.Status == CampaignStatus.Running)
        {
            show(progress);
            await Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None);
            progress = await campaign.GetProgressAsync();
        }
        return progress;
    }

    private static string NewCampaignId(string name) =>
        $"{name}-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Random.Shared.Next(0x1000, 0xFFFF):x4}";
}
