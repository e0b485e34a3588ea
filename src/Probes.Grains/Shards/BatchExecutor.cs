using Microsoft.Extensions.Logging;
using Probes.Connectors;
using Probes.Core.Rates;
using Probes.Core.Records;
using Probes.Core.Specs;
using StableHash = Probes.Core.Text.StableHash;
using Probes.Core.Work;

namespace Probes.Grains.Shards;

/// <summary>
/// Runs one batch of work items against a model client, never faster than the target's governor allows: every
/// attempt, retries included, holds a permit from <see cref="ShardPermits"/>, so the governor sees every 429. A failed
/// transient attempt is retried after the <see cref="RetrySchedule"/>'s delay (never shorter than the provider's
/// Retry-After), and the stored record carries the last attempt's outcome and the number of attempts.
/// </summary>
internal sealed partial class BatchExecutor(
    ShardPermits permits,
    IModelClient client,
    TargetSpec target,
    SamplingSettings sampling,
    RetrySchedule retries,
    string holder,
    TimeProvider time,
    ILogger logger)
{
    private static readonly RecordError s_circuitOpen = new(
        ErrorKinds.CircuitOpen, null, "The target kept failing and its circuit stayed open; the item was not sent.");

    // Token estimates only matter when the target has a token limit; otherwise no prompt is tokenized.
    private readonly PromptTokenEstimator? _estimator = target.Rate.TokensPerMinute is null ? null : new PromptTokenEstimator();

    public async Task<ProbeRecord[]> ExecuteAsync(IReadOnlyList<WorkItem> items, Func<WorkItem, ModelReply, ProbeRecord> toRecord, CancellationToken cancellationToken)
    {
        var results = new ProbeRecord[items.Count];
        // Every item queues for its permit now, in order; the permits' lease loop paces them.
        await Task.WhenAll(items.Select((item, slot) => RunItemAsync(item, slot, results, toRecord, cancellationToken)));
        return results;
    }

    /// <summary>Hands every held permit and pending outcome back to the governor (at the end of a shard's run).</summary>
    public Task ReleaseAsync() => permits.ReleaseAsync();

    private async Task RunItemAsync(WorkItem item, int slot, ProbeRecord[] results, Func<WorkItem, ModelReply, ProbeRecord> toRecord, CancellationToken cancellationToken)
    {
        var tokens = _estimator?.CallCost(item.Prompt, sampling.SystemPrompt, sampling.MaxTokens) ?? 0;
        var call = new ModelCall(item.Prompt, sampling, StableHash.Mix(StableHash.Fnv64($"{holder}#{item.Index}")), item.ProbeId);
        var permit = await permits.AcquireAsync(tokens, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        if (permit is null)
        {
            results[slot] = toRecord(item, new ModelReply { Attempts = 0, Error = s_circuitOpen });
            return;
        }
        var started = time.GetTimestamp();
        var tries = 0;
        var httpAttempts = 0;
        while (true)
        {
            tries++;
            ModelReply reply;
            try
            {
                reply = await client.CompleteAsync(call, cancellationToken);
            }
            catch
            {
                permits.ReturnUnused(permit);
                throw;
            }
            permits.Return(permit, reply);
            httpAttempts += Math.Max(1, reply.Attempts);
            var elapsed = time.GetElapsedTime(started);
            var delay = retries.NextDelay(tries, elapsed, reply.Error, reply.Rate, Random.Shared.NextDouble());
            Permit? next = null;
            if (delay is { } wait)
            {
                LogRetry(logger, target.Id, item.Index, reply.Error!.Kind, reply.Error.Status, tries, wait);
                await FullDelay.WaitAsync(wait, time, cancellationToken);
                // A retry waits for its permit only while the item's time budget lasts (an open circuit can hold it longer).
                using var budget = new CancellationTokenSource(retries.Remaining(time.GetElapsedTime(started)), time);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(budget.Token, cancellationToken);
                next = await permits.AcquireAsync(tokens, linked.Token);
                cancellationToken.ThrowIfCancellationRequested();
            }
            if (next is null)
            {
                results[slot] = toRecord(item, reply with { Attempts = httpAttempts });
                return;
            }
            permit = next;
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Target {TargetId} item {ItemIndex} failed with {ErrorKind} status {Status} on attempt {Attempt}; retrying in {Delay}")]
    private static partial void LogRetry(ILogger logger, string targetId, long itemIndex, string errorKind, int? status, int attempt, TimeSpan delay);
}
