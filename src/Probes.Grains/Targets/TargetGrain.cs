using Probes.Core.Rates;

namespace Probes.Grains.Targets;

/// <summary>
/// One endpoint's governor. It holds no durable state: after a failover the bucket restarts full and in-flight
/// counts rebuild from the shards' next requests, which errs on the side of a short burst, never a lost permit.
/// Not reentrant, so every lease sees the bucket as the previous one left it.
/// </summary>
public sealed class TargetGrain(TimeProvider time) : Grain, ITargetGrain
{
    private readonly PermitGovernor _governor = new(time);
    private (int Rpm, int MaxInFlight) _limits;

    public Task ConfigureAsync(int requestsPerMinute, int maxInFlight)
    {
        // Several campaigns may configure the same target; reconfiguring to the same limits must not refill the bucket.
        if (_limits != (requestsPerMinute, maxInFlight))
        {
            _governor.Configure(requestsPerMinute, maxInFlight);
            _limits = (requestsPerMinute, maxInFlight);
        }
        return Task.CompletedTask;
    }

    public Task<PermitLease> LeaseAsync(PermitRequest request)
    {
        var (granted, retryAfter) = _governor.Lease(request.Holder, request.Wanted, request.Returned);
        return Task.FromResult(new PermitLease(granted, retryAfter));
    }
}
