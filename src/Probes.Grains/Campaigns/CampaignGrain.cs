using Microsoft.Extensions.Logging;
using Probes.Core.Campaigns;
using Probes.Grains.Fingerprints;
using Probes.Storage;

namespace Probes.Grains.Campaigns;

/// <summary>
/// Owns a campaign's plan and status, cuts each target's items into shards and starts them. A reminder acts as
/// the watchdog: timers and run loops die with their silo, a reminder fires again on another one and restarts any
/// shard that is unfinished and idle.
/// </summary>
public sealed class CampaignGrain(
    [PersistentState("campaign", GrainStorage.Name)] IPersistentState<CampaignState> state,
    ProbeStore store,
    TimeProvider time,
    ILogger<CampaignGrain> logger) : Grain, ICampaignGrain, IRemindable
{
    private const string Watchdog = "watchdog";
    private readonly Dictionary<(string Target, int Shard), ShardProgress> _progress = [];

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Status == CampaignStatus.Running)
        {
            await PollShardsAsync();
        }
    }

    public async Task<CampaignProgress> StartAsync(CampaignLaunch launch)
    {
        if (state.State.Status != CampaignStatus.NotStarted)
        {
            return Progress();
        }
        var campaignId = this.GetPrimaryKeyString();
        var plan = CampaignPlan.FromJson(launch.PlanJson);
        var items = plan.CreateWorkPlan();
        state.State.PlanJson = launch.PlanJson;
        state.State.Shards = plan.Spec.Targets
            .SelectMany(target => items.Shards(launch.ShardSize).Select(s => new ShardRange(target.Id, s.Shard, s.Start, s.End)))
            .ToList();
        state.State.BatchSize = launch.BatchSize;
        state.State.Status = CampaignStatus.Running;
        state.State.StartedAt = time.GetUtcNow();
        await state.WriteStateAsync();
        await this.RegisterOrUpdateReminder(Watchdog, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        foreach (var range in state.State.Shards)
        {
            _progress[(range.TargetId, range.Shard)] = new ShardProgress(range.TargetId, range.Shard, range.End - range.Start, 0, 0, false);
        }
        await store.WriteCampaignAsync(campaignId, CampaignDocument.Create(campaignId, state.State, Progress()), CancellationToken.None);
        logger.LogInformation("Campaign {Campaign} started: {Targets} targets, {Items} items each, {Shards} shards",
            campaignId, plan.Spec.Targets.Count, items.Count, state.State.Shards.Count);
        await Task.WhenAll(state.State.Shards.Select(s => Shard(s).StartAsync(
            new ShardAssignment(campaignId, s.TargetId, s.Shard, s.Start, s.End, launch.BatchSize, launch.PlanJson))));
        return Progress();
    }

    public Task<CampaignProgress> GetProgressAsync() => Task.FromResult(Progress());

    public async Task ReportShardAsync(ShardProgress progress)
    {
        _progress[(progress.TargetId, progress.Shard)] = progress;
        await CompleteIfDoneAsync();
    }

    private async Task CompleteIfDoneAsync()
    {
        if (state.State.Status == CampaignStatus.Running && _progress.Count == state.State.Shards.Count && _progress.Values.All(p => p.Done))
        {
            await FinishAsync(CampaignStatus.Completed);
        }
    }

    public async Task CancelAsync()
    {
        if (state.State.Status != CampaignStatus.Running)
        {
            return;
        }
        await Task.WhenAll(state.State.Shards.Select(s => Shard(s).StopAsync()));
        await FinishAsync(CampaignStatus.Cancelled);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (state.State.Status != CampaignStatus.Running)
        {
            await UnregisterWatchdogAsync();
            return;
        }
        await PollShardsAsync();
        await CompleteIfDoneAsync();
    }

    private ICampaignShardGrain Shard(ShardRange range) =>
        GrainFactory.GetGrain<ICampaignShardGrain>(ShardKey.Of(this.GetPrimaryKeyString(), range.TargetId, range.Shard));

    private async Task PollShardsAsync()
    {
        var campaignId = this.GetPrimaryKeyString();
        var polled = await Task.WhenAll(state.State.Shards.Select(s => Shard(s).EnsureRunningAsync()));
        for (var i = 0; i < polled.Length; i++)
        {
            var range = state.State.Shards[i];
            if (polled[i] is { } progress)
            {
                _progress[(progress.TargetId, progress.Shard)] = progress;
                continue;
            }
            // A shard that never received its assignment (the campaign's silo died while starting it).
            _progress[(range.TargetId, range.Shard)] = new ShardProgress(range.TargetId, range.Shard, range.End - range.Start, 0, 0, false);
            await Shard(range).StartAsync(new ShardAssignment(
                campaignId, range.TargetId, range.Shard, range.Start, range.End, state.State.BatchSize, state.State.PlanJson!));
        }
    }

    private async Task FinishAsync(CampaignStatus status)
    {
        var campaignId = this.GetPrimaryKeyString();
        // Fingerprints go to blob storage before the campaign says it is finished, so a reader that sees
        // "Completed" in campaign.json always finds every fingerprint.
        foreach (var target in state.State.Shards.Select(s => s.TargetId).Distinct())
        {
            await GrainFactory.GetGrain<IFingerprintGrain>(FingerprintGrain.KeyOf(campaignId, target)).FlushAsync();
        }
        state.State.Status = status;
        state.State.FinishedAt = time.GetUtcNow();
        await state.WriteStateAsync();
        await store.WriteCampaignAsync(campaignId, CampaignDocument.Create(campaignId, state.State, Progress()), CancellationToken.None);
        await UnregisterWatchdogAsync();
        logger.LogInformation("Campaign {Campaign} {Status}", campaignId, status);
    }

    private async Task UnregisterWatchdogAsync()
    {
        if (await this.GetReminder(Watchdog) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private CampaignProgress Progress() => new(
        this.GetPrimaryKeyString(),
        state.State.Status,
        _progress.Values
            .GroupBy(p => p.TargetId)
            .Select(g => new TargetProgress(g.Key, g.Sum(p => p.Total), g.Sum(p => p.Completed), g.Sum(p => p.Errors)))
            .OrderBy(t => t.TargetId, StringComparer.Ordinal)
            .ToList());
}
