using Microsoft.Extensions.Time.Testing;
using Probes.Core.Rates;

namespace Probes.Core.Tests.Rates;

public sealed class PermitGovernorTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void Grants_at_most_one_second_of_burst_then_refills_at_the_configured_rate()
    {
        var governor = new PermitGovernor(_clock);
        governor.Configure(requestsPerMinute: 600, maxInFlight: 1000);

        var (first, _) = governor.Lease("a", 100, 0);
        var (empty, wait) = governor.Lease("a", 100, 0);
        Assert.Equal(10, first);
        Assert.Equal(0, empty);
        Assert.InRange(wait, TimeSpan.FromMilliseconds(90), TimeSpan.FromMilliseconds(110));

        _clock.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal(5, governor.Lease("a", 100, 0).Granted);
    }

    [Fact]
    public void Over_a_simulated_minute_grants_match_the_rate_limit_plus_the_burst()
    {
        var governor = new PermitGovernor(_clock);
        governor.Configure(requestsPerMinute: 3000, maxInFlight: 10_000);
        var granted = 0;
        for (var tick = 0; tick < 6000; tick++)
        {
            granted += governor.Lease($"shard-{tick % 7}", 8, 0).Granted;
            _clock.Advance(TimeSpan.FromMilliseconds(10));
        }
        Assert.InRange(granted, 3000, 3000 + 50);
    }

    [Fact]
    public void In_flight_slots_are_shared_by_all_holders_and_come_back_when_returned()
    {
        var governor = new PermitGovernor(_clock);
        governor.Configure(requestsPerMinute: 60_000, maxInFlight: 4);

        Assert.Equal(3, governor.Lease("a", 3, 0).Granted);
        Assert.Equal(1, governor.Lease("b", 3, 0).Granted);
        Assert.Equal(0, governor.Lease("b", 3, 0).Granted);
        Assert.Equal(2, governor.Lease("b", 3, returned: 0).Granted + governor.Lease("a", 2, returned: 2).Granted);
        Assert.Equal(4, governor.InFlight);
    }

    [Fact]
    public void Slots_of_a_holder_that_went_silent_are_reclaimed()
    {
        var governor = new PermitGovernor(_clock);
        governor.Configure(requestsPerMinute: 60_000, maxInFlight: 2);
        Assert.Equal(2, governor.Lease("dead", 2, 0).Granted);

        _clock.Advance(PermitGovernor.HolderTimeout + TimeSpan.FromSeconds(1));

        Assert.Equal(2, governor.Lease("alive", 2, 0).Granted);
    }

    [Fact]
    public void A_holder_cannot_return_more_than_it_holds()
    {
        var governor = new PermitGovernor(_clock);
        governor.Configure(requestsPerMinute: 60_000, maxInFlight: 2);
        governor.Lease("a", 1, 0);
        governor.Lease("b", 0, returned: 50);
        Assert.Equal(1, governor.InFlight);
    }
}
