using Probes.Contracts;
using Probes.Core.Rates;
using Probes.Core.Specs;

namespace Probes.Grains.Tests;

/// <summary>The governor as a grain: limits and feedback cross the wire intact.</summary>
[Collection("cluster")]
public sealed class TargetGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_throttled_call_reported_by_one_holder_pauses_every_holder()
    {
        var grain = fixture.Cluster.Client.GetGrain<ITargetGrain>($"governed-{Guid.NewGuid():N}");
        await grain.ConfigureAsync(new RateSettings(RequestsPerMinute: 600, MaxInFlight: 4, TokensPerMinute: 60_000));

        // The buckets start empty: unless the silos were slow enough to let them fill, the first answer says how long
        // until two permits are there, and they are there once that time has passed in full.
        var first = await grain.LeaseAsync(new PermitRequest("shard-a", 2, 100, ReturnedCalls.None));
        if (first.Granted == 0)
        {
            await FullDelay.WaitAsync(first.RetryAfter, TimeProvider.System);
            first = await grain.LeaseAsync(new PermitRequest("shard-a", 2, 100, ReturnedCalls.None));
        }
        Assert.Equal(2, first.Granted);

        var throttled = new ReturnedCalls { Returned = 2, Completed = 2, Throttled = 1, Succeeded = 1, TokensReserved = 200, TokensUsed = 150, RetryAfter = TimeSpan.FromMinutes(5) };
        await grain.LeaseAsync(new PermitRequest("shard-a", 0, 0, throttled));
        var other = await grain.LeaseAsync(new PermitRequest("shard-b", 2, 100, ReturnedCalls.None));

        Assert.Equal(0, other.Granted);
        Assert.False(other.WaitForSlots);
        Assert.InRange(other.RetryAfter, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task A_burst_of_server_faults_opens_the_default_circuit()
    {
        var grain = fixture.Cluster.Client.GetGrain<ITargetGrain>($"circuit-{Guid.NewGuid():N}");

        var lease = await CircuitProbe.AfterServerFaultsAsync(grain, faults: 50);

        Assert.True(lease.CircuitOpen);
        Assert.Equal(0, lease.Granted);
    }

    [Fact]
    public void Feedback_survives_the_round_trip_to_the_wire_form()
    {
        var calls = new ReturnedCalls
        {
            Returned = 3, Completed = 2, Succeeded = 1, Throttled = 1, ServerFaults = 0, TokensReserved = 30, TokensUsed = 20,
            RetryAfter = TimeSpan.FromSeconds(2), RemainingRequests = 0, RequestsResetIn = TimeSpan.FromSeconds(1),
            RemainingTokens = 5, TokensResetIn = TimeSpan.FromSeconds(3),
        };
        var wire = new ReturnedCallsSurrogateConverter();
        Assert.Equal(calls, wire.ConvertFromSurrogate(wire.ConvertToSurrogate(calls)));
    }
}
