using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Probes.Connectors;
using Probes.Core.Budgets;
using Probes.Core.Campaigns;
using Probes.Core.Fingerprints;
using Probes.Core.Rates;
using Probes.Core.Records;
using Probes.Grains.Fingerprints;
using Probes.Storage;

namespace Probes.Grains.Shards;

/// <summary>
/// Executes one range of one target's work items, batch by batch, following the exactly-once protocol:
/// (1) write the batch blob under a deterministic name, (2) persist the cursor with the pending fingerprint delta,
/// (3) send the delta to the fingerprint grain, which drops a (shard, seq) it has seen. The pending delta is cleared
/// lazily by the next state write: re-sending it is harmless, so a fourth write per batch buys nothing.
/// With a campaign budget, each batch first gets an allowance from the campaign grain, which may shorten it; when the
/// budget cannot cover the next item the shard stops where it is, after its last recorded batch (nothing half-written).
/// Reentrant, so progress queries and stops interleave with the run loop; only the loop writes state.
/// </summary>
[Reentrant]
public sealed class CampaignShardGrain(
    [PersistentState("shard", GrainStorage.Name)] IPersistentState<ShardState> state,
    ProbeStore store,
    IModelClientFactory clients,
    TimeProvider time,
    IOptions<RetryOptions> retryOptions,
    ILogger<CampaignShardGrain> logger) : Grain, ICampaignShardGrain
{
    private const int PersistAttempts = 4;
    private Task? _run;

    public async Task StartAsync(ShardAssignment assignment)
    {
        if (state.State.Assignment is null)
        {
            state.State.Assignment = assignment;
            state.State.Cursor = assignment.Start;
            await state.WriteStateAsync();
        }
        EnsureLoop();
    }

    public Task<ShardProgress?> EnsureRunningAsync()
    {
        EnsureLoop();
        return Task.FromResult(Progress());
    }

    public async Task StopAsync()
    {
        state.State.Stopped = true;
        if (_run is null || _run.IsCompleted)
        {
            await state.WriteStateAsync();
        }
    }

    private void EnsureLoop()
    {
        if (state.State.Assignment is not null && !state.State.Done && !state.State.Stopped && !state.State.BudgetStopped &&
            (_run is null || _run.IsCompleted))
        {
            _run = RunAsync();
        }
    }

    private ShardProgress? Progress()
    {
        var a = state.State.Assignment;
        return a is null
            ? null
            : new ShardProgress(a.TargetId, a.Shard, a.End - a.Start, state.State.Cursor - a.Start, state.State.Errors, state.State.Done,
                a.Attempt, Spent, state.State.BudgetStopped);
    }

    private BudgetAmount Spent => new(state.State.SpentTokens, state.State.SpentCostUsd);

    private async Task RunAsync()
    {
        var a = state.State.Assignment!;
        try
        {
            var plan = CampaignPlan.FromJson(a.PlanJson);
            var target = plan.Target(a.TargetId);
            var work = plan.CreateWorkPlan();
            var key = new FingerprintKey(target.Id, plan.ProbeSetVersion, plan.SamplingHash);
            var governor = GrainFactory.GetGrain<ITargetGrain>(target.Id);
            await governor.ConfigureAsync(target.Rate);
            var executor = new BatchExecutor(
                new ShardPermits(governor, a.GrainKey, target.Rate.MaxInFlight, retryOptions.Value.MaxItemTime, time),
                clients.Create(target), target, plan.Spec.Sampling, new RetrySchedule(retryOptions.Value), a.GrainKey, time, logger);
            var records = new RecordFactory(a, plan);

            var budget = new ShardBudget(GrainFactory.GetGrain<ICampaignGrain>(a.CampaignId), a, plan, target);

            await SendPendingDeltaAsync(a);
            while (state.State.Cursor < a.End && !state.State.Stopped && !state.State.BudgetStopped)
            {
                var items = new List<Core.Work.WorkItem>();
                for (var i = state.State.Cursor; i < Math.Min(a.End, state.State.Cursor + a.BatchSize); i++)
                {
                    items.Add(work[a.ItemAt(i)]);
                }
                if (budget.Limited)
                {
                    var allowance = await budget.RequestAsync(items);
                    if (allowance.Exhausted)
                    {
                        state.State.BudgetStopped = true;
                        await state.WriteStateAsync();
                        break;
                    }
                    if (allowance.Granted == 0)
                    {
                        // The budget waits on other shards' batches in flight; those need the governor's in-flight
                        // slots, so this shard must not sit on the slots of its finished calls while it waits.
                        await executor.ReleaseAsync();
                        await Task.Delay(allowance.RetryAfter, time);
                        continue;
                    }
                    items.RemoveRange(allowance.Granted, items.Count - allowance.Granted);
                }
                var seq = state.State.NextSeq;
                var before = (state.State.Errors, Spent);
                var batch = await executor.ExecuteAsync(items, (item, reply) => records.Create(item, reply, seq), CancellationToken.None);
                var spent = before.Spent + budget.SpentBy(items, batch);
                var end = state.State.Cursor + items.Count;
                await PersistWithRetriesAsync(a, seq, () => PersistBatchAsync(a, key, seq, end, before.Errors, spent, batch));
                await ReportAsync(a);
            }
            await executor.ReleaseAsync();
            if (state.State.Cursor >= a.End)
            {
                state.State.Done = true;
                state.State.PendingDelta = null;
                await state.WriteStateAsync();
            }
            await ReportAsync(a);
        }
        catch (Exception ex)
        {
            // The watchdog restarts the loop from the persisted cursor; the current batch is re-executed and its
            // blob overwritten, which is why batch names are deterministic.
            logger.LogError(ex, "Shard {Shard} failed at item {Cursor}; the campaign watchdog will restart it", a.GrainKey, state.State.Cursor);
        }
    }

    /// <summary>
    /// Steps (1)–(3) of the protocol for one executed batch. Every step is idempotent (the blob name is fixed, the
    /// cursor is set, not advanced, the delta is deduplicated), so a transient failure retries the steps with the
    /// replies kept in memory instead of calling the model again.
    /// </summary>
    private async Task PersistBatchAsync(ShardAssignment a, FingerprintKey key, long seq, long end, long errorsBefore, BudgetAmount spent, ProbeRecord[] batch)
    {
        await store.WriteBatchAsync(a.CampaignId, a.TargetId, StorageLayout.ShardName(a.Shard, a.Attempt), seq, batch, CancellationToken.None);
        var delta = new Fingerprint(key);
        foreach (var record in batch)
        {
            delta.Add(record);
            if (a.Attempt > 0)
            {
                // A retried item was an error in the fingerprint; its new record takes that error's place.
                delta.RetractError();
            }
        }
        state.State.Cursor = end;
        state.State.NextSeq = seq + 1;
        state.State.Errors = errorsBefore + batch.Count(r => !r.Succeeded);
        state.State.SpentTokens = spent.Tokens;
        state.State.SpentCostUsd = spent.CostUsd;
        state.State.PendingSeq = seq;
        state.State.PendingDelta = delta.ToJson();
        await state.WriteStateAsync();
        await SendPendingDeltaAsync(a);
    }

    private async Task PersistWithRetriesAsync(ShardAssignment a, long seq, Func<Task> persist)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await persist();
                return;
            }
            catch (Exception ex) when (attempt < PersistAttempts)
            {
                var delay = TimeSpan.FromSeconds(Math.Pow(2, attempt - 1));
                logger.LogWarning(ex, "Shard {Shard} could not persist batch {Seq} (attempt {Attempt}); retrying in {Delay}", a.GrainKey, seq, attempt, delay);
                await Task.Delay(delay, time);
            }
        }
    }

    private async Task SendPendingDeltaAsync(ShardAssignment a)
    {
        if (state.State.PendingDelta is { } json)
        {
            var fingerprint = GrainFactory.GetGrain<IFingerprintGrain>(FingerprintGrain.KeyOf(a.CampaignId, a.TargetId));
            await fingerprint.ApplyAsync(new FingerprintDelta(a.GrainKey, state.State.PendingSeq, json));
            state.State.PendingDelta = null;
        }
    }

    private Task ReportAsync(ShardAssignment a) =>
        GrainFactory.GetGrain<ICampaignGrain>(a.CampaignId).ReportShardAsync(Progress()!);
}
