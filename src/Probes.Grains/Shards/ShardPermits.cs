using Probes.Connectors;
using Probes.Core.Rates;
using Probes.Core.Records;

namespace Probes.Grains.Shards;

/// <summary>
/// A shard's side of the target's governor. Attempts queue here for a permit; one lease loop asks the governor for
/// as many as are waiting, hands them out in order and keeps asking while earlier calls still run, and every lease
/// request carries back the calls finished since the last one, with what the provider said about them.
/// Once the target's circuit has stayed open for <paramref name="circuitPatience"/> with no call succeeding, waiting
/// attempts get no permit (null) instead of waiting on, so a dead endpoint ends its items as errors.
/// </summary>
internal sealed class ShardPermits(ITargetGrain governor, string holder, int maxWanted, TimeSpan circuitPatience, TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly Queue<Waiter> _waiters = new();
    private readonly ReturnedCallsTally _tally = new();
    private TaskCompletionSource _callFinished = NewSignal();
    private int _permits;
    private long _permitCost;
    private bool _leasing;
    private DateTimeOffset? _circuitOpenSince;

    /// <summary>
    /// A permit for one attempt reserving <paramref name="tokens"/>; null if <paramref name="cancellationToken"/> fires
    /// first or the circuit has been open too long.
    /// </summary>
    public async Task<Permit?> AcquireAsync(long tokens, CancellationToken cancellationToken)
    {
        var waiter = new Waiter(tokens);
        bool startLeasing;
        lock (_lock)
        {
            _waiters.Enqueue(waiter);
            HandOut();
            startLeasing = !_leasing && _waiters.Count > 0;
            _leasing |= startLeasing;
        }
        if (startLeasing)
        {
            _ = LeaseLoopAsync();
        }
        await using var registration = cancellationToken.Register(() => waiter.Result.TrySetResult(null));
        return await waiter.Result.Task;
    }

    /// <summary>Hands a used permit back with the attempt's outcome.</summary>
    public void Return(Permit permit, ModelReply reply)
    {
        long? used = reply.PromptTokens is null && reply.CompletionTokens is null
            ? null
            : (long)(reply.PromptTokens ?? 0) + (reply.CompletionTokens ?? 0);
        _tally.AddCall(permit.ReservedTokens, used, reply.Error, reply.Rate);
        if (reply.Error is null)
        {
            _circuitOpenSince = null;
        }
        Interlocked.Exchange(ref _callFinished, NewSignal()).TrySetResult();
        // A 429 or a Retry-After concerns every shard: tell the governor now, not with this shard's next lease.
        if (reply.Error?.Kind == ErrorKinds.RateLimited || reply.Rate.RetryAfter is not null)
        {
            _ = ReportAsync();
        }
    }

    /// <summary>Hands back a permit whose attempt never reached the endpoint.</summary>
    public void ReturnUnused(Permit permit) => _tally.AddUnused(1, permit.ReservedTokens);

    /// <summary>Gives every held permit and pending outcome back to the governor (when the shard's run ends).</summary>
    public async Task ReleaseAsync()
    {
        lock (_lock)
        {
            _tally.AddUnused(_permits, _permits * _permitCost);
            _permits = 0;
        }
        var returned = _tally.Drain();
        if (returned.Returned > 0)
        {
            await governor.LeaseAsync(new PermitRequest(holder, 0, 0, returned));
        }
    }

    private async Task ReportAsync()
    {
        var returned = _tally.Drain();
        try
        {
            await governor.LeaseAsync(new PermitRequest(holder, 0, 0, returned));
        }
        catch (Exception)
        {
            // Nothing is lost: the outcome goes with the next lease request instead.
            _tally.Add(returned);
        }
    }

    private async Task LeaseLoopAsync()
    {
        while (true)
        {
            int wanted;
            long cost;
            lock (_lock)
            {
                HandOut();
                if (_waiters.Count == 0)
                {
                    _leasing = false;
                    return;
                }
                wanted = Math.Min(_waiters.Count, maxWanted);
                // The mean, not the max: each permit's reservation is reconciled with its call's real usage anyway,
                // and reserving the costliest prompt for every permit would hold back tokens the calls never use.
                cost = (long)Math.Ceiling(_waiters.Take(wanted).Average(w => w.Tokens));
            }
            var finished = _callFinished.Task;
            var returned = _tally.Drain();
            PermitLease lease;
            try
            {
                lease = await governor.LeaseAsync(new PermitRequest(holder, wanted, cost, returned));
            }
            catch (Exception ex)
            {
                _tally.Add(returned);
                FailAll(ex);
                return;
            }
            if (lease.Granted > 0)
            {
                lock (_lock)
                {
                    _permits += lease.Granted;
                    _permitCost = cost;
                }
                continue;
            }
            if (lease.CircuitOpen && CircuitOpenTooLong())
            {
                GiveUpWaiters();
                continue;
            }
            var wait = FullDelay.WaitAsync(lease.RetryAfter, time);
            // Held back by slots, a finished call of our own frees one: ask again then instead of polling blindly.
            await (lease.WaitForSlots ? Task.WhenAny(wait, finished) : wait);
        }
    }

    private bool CircuitOpenTooLong()
    {
        var now = time.GetUtcNow();
        _circuitOpenSince ??= now;
        return now - _circuitOpenSince.Value >= circuitPatience;
    }

    private void GiveUpWaiters()
    {
        lock (_lock)
        {
            while (_waiters.TryDequeue(out var waiter))
            {
                waiter.Result.TrySetResult(null);
            }
        }
    }

    /// <summary>Gives held permits to waiting attempts in arrival order, skipping those that gave up.</summary>
    private void HandOut()
    {
        while (_permits > 0 && _waiters.TryPeek(out var waiter))
        {
            _waiters.Dequeue();
            if (waiter.Result.TrySetResult(new Permit(_permitCost)))
            {
                _permits--;
            }
        }
        while (_waiters.TryPeek(out var done) && done.Result.Task.IsCompleted)
        {
            _waiters.Dequeue();
        }
    }

    private void FailAll(Exception ex)
    {
        lock (_lock)
        {
            while (_waiters.TryDequeue(out var waiter))
            {
                waiter.Result.TrySetException(ex);
            }
            _leasing = false;
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed record Waiter(long Tokens)
    {
        public TaskCompletionSource<Permit?> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>One attempt's right to call the endpoint, with the tokens the governor reserved for it.</summary>
internal sealed record Permit(long ReservedTokens);
