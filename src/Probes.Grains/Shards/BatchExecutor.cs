using Probes.Connectors;
using Probes.Core.Records;
using Probes.Core.Specs;
using StableHash = Probes.Core.Text.StableHash;
using Probes.Core.Work;

namespace Probes.Grains.Shards;

/// <summary>
/// Runs one batch of work items against a model client, never faster than the target's governor allows:
/// every call holds a permit leased from the <see cref="ITargetGrain"/>, and finished slots are handed back
/// with the next lease request, so the governor sees one request per lease rather than one per call.
/// </summary>
internal sealed class BatchExecutor(
    ITargetGrain governor,
    string holder,
    IModelClient client,
    TargetSpec target,
    SamplingSettings sampling,
    TimeProvider time)
{
    private int _unreturned;

    public async Task<ProbeRecord[]> ExecuteAsync(IReadOnlyList<WorkItem> items, Func<WorkItem, ModelReply, ProbeRecord> toRecord, CancellationToken cancellationToken)
    {
        var results = new ProbeRecord[items.Count];
        var running = new List<Task>();
        var next = 0;
        var permits = 0;
        while (next < items.Count || running.Count > 0)
        {
            if (permits == 0 && next < items.Count)
            {
                var wanted = Math.Min(items.Count - next, target.Rate.MaxInFlight);
                var lease = await governor.LeaseAsync(new PermitRequest(holder, wanted, Interlocked.Exchange(ref _unreturned, 0)));
                permits = lease.Granted;
                if (permits == 0)
                {
                    var wait = Task.Delay(lease.RetryAfter, time, cancellationToken);
                    await (running.Count > 0 ? Task.WhenAny(running.Append(wait)) : wait);
                    running.RemoveAll(t => t.IsCompleted);
                    continue;
                }
            }
            while (permits > 0 && next < items.Count)
            {
                var index = next++;
                permits--;
                running.Add(RunOneAsync(items[index], index, results, toRecord, cancellationToken));
            }
            if (running.Count > 0 && (permits == 0 || next >= items.Count))
            {
                await Task.WhenAny(running);
                running.RemoveAll(t => t.IsCompleted);
            }
        }
        // Permits leased but never used go back too: they hold in-flight slots at the governor.
        Interlocked.Add(ref _unreturned, permits);
        return results;
    }

    /// <summary>Hands every outstanding slot back to the governor (at the end of a shard's run).</summary>
    public async Task ReleaseAsync()
    {
        var unreturned = Interlocked.Exchange(ref _unreturned, 0);
        if (unreturned > 0)
        {
            await governor.LeaseAsync(new PermitRequest(holder, 0, unreturned));
        }
    }

    private async Task RunOneAsync(WorkItem item, int slot, ProbeRecord[] results, Func<WorkItem, ModelReply, ProbeRecord> toRecord, CancellationToken cancellationToken)
    {
        try
        {
            var seed = StableHash.Mix(StableHash.Fnv64($"{holder}#{item.Index}"));
            var reply = await client.CompleteAsync(new ModelCall(item.Prompt, sampling, seed), cancellationToken);
            results[slot] = toRecord(item, reply);
        }
        finally
        {
            Interlocked.Increment(ref _unreturned);
        }
    }
}
