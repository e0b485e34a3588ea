using Microsoft.Extensions.Options;
using Probes.Core.Rates;
using Probes.Core.Specs;

namespace Probes.Grains.Targets;

/// <summary>
/// One endpoint's governor. It holds no durable state: after a failover the buckets restart empty and in-flight
/// counts rebuild from the shards' next requests, which errs on the side of a slow first second, never a burst.
/// Not reentrant, so every lease sees the buckets as the previous one left them. The circuit's bounds are the
/// cluster's <c>Probes:Circuit</c> options, the same for every target.
/// </summary>
public sealed class TargetGrain(TimeProvider time, IOptions<CircuitOptions> circuit) : Grain, ITargetGrain
{
    private readonly PermitGovernor _governor = new(time);
    private RateSettings? _limits;

    public Task ConfigureAsync(RateSettings limits)
    {
        // Several campaigns may configure the same target; reconfiguring to the same limits must not refill the buckets.
        if (_limits != limits)
        {
            _governor.Configure(limits.RequestsPerMinute, limits.TokensPerMinute, limits.MaxInFlight, circuit.Value.ToSettings());
            _limits = limits;
        }
        return Task.CompletedTask;
    }

    public Task<PermitLease> LeaseAsync(PermitRequest request)
    {
        var decision = _governor.Lease(request.Holder, request.Wanted, request.TokensPerCall, request.Returned);
        return Task.FromResult(new PermitLease(
            decision.Granted, decision.RetryAfter, decision.Gate == PermitGate.Slots, decision.Gate == PermitGate.CircuitOpen));
    }
}
