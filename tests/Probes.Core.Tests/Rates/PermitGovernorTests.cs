using Microsoft.Extensions.Time.Testing;
using Probes.Core.Rates;

namespace Probes.Core.Tests.Rates;

public sealed class PermitGovernorTests
{
    private readonly FakeTimeProvider _clock = new();

    private static ReturnedCalls Done(int calls, long reserved = 0, long used = 0) =>
        new() { Returned = calls, Completed = calls, Succeeded = calls, TokensReserved = reserved, TokensUsed = used };

    [Fact]
    public void Starts_empty_holds_one_second_of_burst_and_tells_exactly_when_the_next_quantum_is_there()
    {
        var governor = new PermitGovernor(_clock);
        governor.Configure(requestsPerMinute: 600, tokensPerMinute: null, maxInFlight: 1000);
        Assert.Equal(10 / 9.9, governor.Lease("a", 100, 0, ReturnedCalls.None).RetryAfter.TotalSeconds, 6);

        _clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(10, governor.Lease("a", 100, 0, ReturnedCalls.None).Granted);
        var denied = governor.Lease("a", 4, 0, ReturnedCalls.None);

        Assert.Equal(0, denied.Granted);
        Assert.Equal(PermitGate.Rate, denied.Gate);
        Assert.Equal(4 / 9.9, denied.RetryAfter.TotalSeconds, 6);
        _clock.Advance(denied.RetryAfter);
        Assert.Equal(4, governor.Lease("a", 4, 0, ReturnedCalls.None).Granted);
        Assert.Equal(10, governor.RequestBurst);
    }

    [Fact]
    public void Many_holders_never_get_more_than_the_rate_plus_the_burst_in_any_window()
    {
        var governor = new PermitGovernor(_clock);
        governor.Configure(requestsPerMinute: 3000, tokensPerMinute: null, maxInFlight: 64);
        var grants = new List<(TimeSpan At, int Count)>();
        var nextAsk = new TimeSpan[12];
        var holding = new int[12];
        var start = _clock.GetUtcNow();
        var leases = 0;
        // Ten simulated minutes; each holder asks again when told to, and its calls take 30 ms.
        for (var step = 0; step < 600_000; step++)
        {
            var now = _clock.GetUtcNow() - start;
            for (var h = 0; h < nextAsk.Length; h++)
            {
                if (now < nextAsk[h])
                {
                    continue;
                }
                leases++;
                var decision = governor.Lease($"shard-{h}", 16, 0, Done(holding[h]));
                holding[h] = decision.Granted;
                if (decision.Granted > 0)
                {
                    grants.Add((now, decision.Granted));
                }
                nextAsk[h] = now + (decision.Granted > 0 ? TimeSpan.FromMilliseconds(30) : decision.RetryAfter);
            }
            _clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        var total = grants.Sum(g => g.Count);
        Assert.InRange(total, 3000 * 10 * PermitGovernor.Headroom - 50, 3000 * 10 * PermitGovernor.Headroom);
        Assert.True(MaxInWindow(grants, TimeSpan.FromSeconds(1)) <= 50 + 50, "one second's rate plus the burst");
        Assert.True(MaxInWindow(grants, TimeSpan.FromSeconds(60)) <= 3000 + 50, "one minute's rate plus the burst");
        Assert.True(leases < total / 2, $"{leases} lease calls for {total} permits");
    }

    [Fact]
    public void In_flight_slots_are_shared_fairly_and_come_back_when_returned()
    {
        var governor = new PermitGovernor(_clock);
        governor.Configure(requestsPerMinute: 60_000, tokensPerMinute: null, maxInFlight: 4);
        _clock.Advance(PermitGovernor.BurstWindow * 2);

        Assert.Equal(3, governor.Lease("a", 3, 0, ReturnedCalls.None).Granted);
        var b = governor.Lease("b", 3, 0, ReturnedCalls.None);
        Assert.Equal(1, b.Granted);
        var full = governor.Lease("b", 3, 0, ReturnedCalls.None);
        Assert.Equal((0, PermitGate.Slots), (full.Granted, full.Gate));
        Assert.Equal(4, governor.InFlight);

        // With two holders each may hold half: a returns two of its three and may take one more, b one more too.
        Assert.Equal(1, governor.Lease("a", 2, 0, Done(2)).Granted);
        Assert.Equal(1, governor.Lease("b", 3, 0, ReturnedCalls.None).Granted);
        Assert.Equal(4, governor.InFlight);
    }

    [Fact]
    public void Slots_of_a_holder_that_went_silent_are_reclaimed()
    {
        var governor = new PermitGovernor(_clock);
        governor.Configure(requestsPerMinute: 60_000, tokensPerMinute: null, maxInFlight: 2);
        _clock.Advance(PermitGovernor.BurstWindow * 2);
        Assert.Equal(2, governor.Lease("dead", 2, 0, ReturnedCalls.None).Granted);
        Assert.Equal(PermitGate.Slots, governor.Lease("alive", 2, 0, ReturnedCalls.None).Gate);

        _clock.Advance(PermitGovernor.HolderTimeout + TimeSpan.FromSeconds(1));

        Assert.Equal(2, governor.Lease("alive", 2, 0, ReturnedCalls.None).Granted);
        Assert.Equal(2, governor.InFlight);
    }

    [Fact]
    public void A_holder_cannot_return_more_than_it_holds()
    {
        var governor = new PermitGovernor(_clock);
        governor.Configure(requestsPerMinute: 60_000, tokensPerMinute: null, maxInFlight: 2);
        _clock.Advance(PermitGovernor.BurstWindow * 2);
        governor.Lease("a", 1, 0, ReturnedCalls.None);
        governor.Lease("b", 0, 0, Done(50));
        Assert.Equal(1, governor.InFlight);
    }

    private static int MaxInWindow(List<(TimeSpan At, int Count)> grants, TimeSpan window)
    {
        var max = 0;
        var sum = 0;
        var first = 0;
        foreach (var (at, count) in grants)
        {
            sum += count;
            while (at - grants[first].At >= window)
            {
                sum -= grants[first++].Count;
            }
            max = Math.Max(max, sum);
        }
        return max;
    }
}
