using Microsoft.Extensions.Logging;
using Probes.Core.Campaigns;
using Probes.Grains.Fingerprints;
using Probes.Storage;

namespace Probes.Grains.Campaigns;

/// <summary>
/// Owns a campaign's plan and status, cuts each target's items into shards and starts them, and keeps the budget:
/// shards reserve before each batch and report what they spent after it (see <see cref="ShardTally"/>). A reminder
/// acts as the watchdog: timers and run loops die with their silo, a reminder fires again on another one and restarts
/// any shard that is unfinished and idle.
/// </summary>
public sealed class CampaignGrain(
    [PersistentState("campaign", GrainStorage.Name)] IPersistentState<CampaignState> state,
    ProbeStore store,
    TimeProvider time,
    ILogger<CampaignGrain> logger) : Grain, ICampaignGrain, IRemindable
{
    private const string Watchdog = "watchdog";
    private readonly ShardTally _tally = new();

    private string CampaignId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Status == CampaignStatus.Running)
        {
            // Reservations held before the failover are not known here: each shard still in a batch may add that
            // batch on top of the limit, the documented bound on overshoot.
            _tally.Reset(CampaignPlan.FromJson(state.State.PlanJson!).Spec.Budget, state.State.Baseline, state.State.Shards);
            await PollShardsAsync();
        }
    }

    public async Task<CampaignProgress> StartAsync(CampaignLaunch launch)
    {
        if (state.State.Status != CampaignStatus.NotStarted)
        {
            return Progress();
        }
        var plan = CampaignPlan.FromJson(launch.PlanJson);
        var items = plan.CreateWorkPlan();
        var shards = plan.Spec.Targets
            .SelectMany(target => items.Shards(launch.ShardSize).Select(s => new ShardRange(target.Id, s.Shard, s.Start, s.End)))
            .ToList();
        await LaunchAsync(plan, launch.PlanJson, attempt: 0, launch.BatchSize, shards, baseline: []);
        logger.LogInformation("Campaign {Campaign} started: {Targets} targets, {Items} items each, {Shards} shards",
            CampaignId, plan.Spec.Targets.Count, items.Count, shards.Count);
        return Progress();
    }

    public async Task<CampaignProgress> RetryAsync(RetryLaunch launch)
    {
        if (state.State.Status == CampaignStatus.Running)
        {
            return Progress();
        }
        var plan = CampaignPlan.FromJson(launch.PlanJson);
        var shards = launch.Items
            .SelectMany(target => target.Indices.Chunk(launch.ShardSize)
                .Select((chunk, shard) => new ShardRange(target.TargetId, shard, 0, chunk.Length, launch.Attempt, chunk)))
            .ToList();
        // An embedded run's grain state is gone by now: the start time comes back from campaign.json.
        state.State.StartedAt ??= launch.StartedAt;
        await LaunchAsync(plan, launch.PlanJson, launch.Attempt, launch.BatchSize, shards, [.. launch.Baseline]);
        logger.LogInformation("Campaign {Campaign} retry {Attempt} started: {Items} items, {Shards} shards",
            CampaignId, launch.Attempt, shards.Sum(s => s.End - s.Start), shards.Count);
        await CompleteIfDoneAsync();
        return Progress();
    }

    private async Task LaunchAsync(CampaignPlan plan, string planJson, int attempt, int batchSize, List<ShardRange> shards, List<TargetProgress> baseline)
    {
        state.State.PlanJson = planJson;
        state.State.Shards = shards;
        state.State.BatchSize = batchSize;
        state.State.Attempt = attempt;
        state.State.Baseline = baseline;
        state.State.Status = CampaignStatus.Running;
        state.State.StopReason = null;
        state.State.StartedAt ??= time.GetUtcNow();
        state.State.FinishedAt = null;
        await state.WriteStateAsync();
        await this.RegisterOrUpdateReminder(Watchdog, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        _tally.Reset(plan.Spec.Budget, baseline, shards);
        await WriteDocumentAsync(plan);
        await Task.WhenAll(shards.Select(s => Shard(s).StartAsync(s.Assign(CampaignId, batchSize, planJson))));
    }

    public Task<CampaignProgress> GetProgressAsync() => Task.FromResult(Progress());

    public async Task ReportShardAsync(ShardProgress progress)
    {
        _tally.Update(progress);
        await CompleteIfDoneAsync();
    }

    public Task<Allowance> RequestAllowanceAsync(AllowanceRequest request) => Task.FromResult(_tally.Reserve(request));

    private async Task CompleteIfDoneAsync()
    {
        if (state.State.Status == CampaignStatus.Running && _tally.AllFinished(state.State.Shards.Count))
        {
            await FinishAsync(_tally.BudgetStopped ? CampaignStatus.Stopped : CampaignStatus.Completed, _tally.StopReason());
        }
    }

    public async Task CancelAsync()
    {
        if (state.State.Status != CampaignStatus.Running)
        {
            return;
        }
        await Task.WhenAll(state.State.Shards.Select(s => Shard(s).StopAsync()));
        await FinishAsync(CampaignStatus.Cancelled, null);
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
        GrainFactory.GetGrain<ICampaignShardGrain>(ShardKey.Of(CampaignId, range.TargetId, range.Shard, range.Attempt));

    private async Task PollShardsAsync()
    {
        var polled = await Task.WhenAll(state.State.Shards.Select(s => Shard(s).EnsureRunningAsync()));
        for (var i = 0; i < polled.Length; i++)
        {
            var range = state.State.Shards[i];
            if (polled[i] is { } progress)
            {
                _tally.Update(progress);
                continue;
            }
            // A shard that never received its assignment (the campaign's silo died while starting it).
            _tally.Update(range.NotStarted());
            await Shard(range).StartAsync(range.Assign(CampaignId, state.State.BatchSize, state.State.PlanJson!));
        }
    }

    private async Task FinishAsync(CampaignStatus status, string? stopReason)
    {
        // Fingerprints go to blob storage before the campaign says it is finished, so a reader that sees a final
        // status in campaign.json always finds every fingerprint.
        foreach (var target in state.State.Shards.Select(s => s.TargetId).Distinct())
        {
            await GrainFactory.GetGrain<IFingerprintGrain>(FingerprintGrain.KeyOf(CampaignId, target)).FlushAsync();
        }
        state.State.Status = status;
        state.State.StopReason = stopReason;
        state.State.FinishedAt = time.GetUtcNow();
        await state.WriteStateAsync();
        await WriteDocumentAsync(CampaignPlan.FromJson(state.State.PlanJson!));
        await UnregisterWatchdogAsync();
        logger.LogInformation("Campaign {Campaign} {Status} {StopReason}", CampaignId, status, stopReason);
    }

    private Task WriteDocumentAsync(CampaignPlan plan) =>
        store.WriteCampaignAsync(CampaignId, CampaignDocument.Create(CampaignId, state.State, Progress(), plan.Spec.Budget), CancellationToken.None);

    private async Task UnregisterWatchdogAsync()
    {
        if (await this.GetReminder(Watchdog) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private CampaignProgress Progress() => new(CampaignId, state.State.Status, _tally.Targets(), state.State.StopReason);
}
