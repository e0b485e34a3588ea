using Microsoft.Extensions.Time.Testing;
using Probes.Core.Rates;

namespace Probes.Core.Tests.Rates;

/// <summary>The tokens-per-minute bucket: reservations at grant time, reconciliation with reported usage.</summary>
public sealed class TokenGovernorTests
{
    private readonly FakeTimeProvider _clock = new();
    private readonly PermitGovernor _governor;

    public TokenGovernorTests()
    {
        _governor = new PermitGovernor(_clock);
        // 600 tokens a second binds long before 6,000 requests a second.
        _governor.Configure(requestsPerMinute: 360_000, tokensPerMinute: 36_000, maxInFlight: 1000);
        // Buckets start empty and refill a little under the rate: two burst windows fill them.
        _clock.Advance(PermitGovernor.BurstWindow * 2);
    }

    [Fact]
    public void The_token_bucket_binds_before_the_request_bucket()
    {
        Assert.Equal(600, _governor.TokenBurst);
        Assert.Equal(6, _governor.Lease("a", 50, 100, ReturnedCalls.None).Granted);
        var denied = _governor.Lease("a", 50, 100, ReturnedCalls.None);
        Assert.Equal(PermitGate.Rate, denied.Gate);
        Assert.Equal(600 / (600 * PermitGovernor.Headroom), denied.RetryAfter.TotalSeconds, 6);
    }

    [Fact]
    public void Unused_reservations_come_back_when_the_usage_is_reported()
    {
        Assert.Equal(6, _governor.Lease("a", 6, 100, ReturnedCalls.None).Granted);
        // The six calls used 40 tokens each: 360 of the 600 reserved come back at once.
        var back = new ReturnedCalls { Returned = 6, Completed = 6, Succeeded = 6, TokensReserved = 600, TokensUsed = 240 };
        Assert.Equal(3, _governor.Lease("a", 3, 100, back).Granted);
    }

    [Fact]
    public void Usage_above_the_reservation_is_charged()
    {
        Assert.Equal(6, _governor.Lease("a", 6, 100, ReturnedCalls.None).Granted);
        var back = new ReturnedCalls { Returned = 6, Completed = 6, Succeeded = 6, TokensReserved = 600, TokensUsed = 900 };
        var denied = _governor.Lease("a", 1, 100, back);
        Assert.Equal(0, denied.Granted);
        // 300 tokens of debt plus 100 for the call, at 600 a second (less the headroom).
        Assert.Equal(400 / (600 * PermitGovernor.Headroom), denied.RetryAfter.TotalSeconds, 6);
    }

    [Fact]
    public void A_holder_cannot_be_credited_more_than_it_reserved()
    {
        Assert.Equal(6, _governor.Lease("a", 6, 100, ReturnedCalls.None).Granted);
        var back = new ReturnedCalls { Returned = 1, Completed = 1, Succeeded = 1, TokensReserved = 100_000, TokensUsed = 0 };
        Assert.Equal(6, _governor.Lease("a", 50, 100, back).Granted);
    }

    [Fact]
    public void A_call_larger_than_the_burst_goes_alone_when_the_bucket_is_full_and_its_debt_is_repaid()
    {
        Assert.Equal(1, _governor.Lease("a", 3, 1500, ReturnedCalls.None).Granted);
        var denied = _governor.Lease("a", 3, 1500, ReturnedCalls.None);
        // 900 tokens of debt plus a full bucket of 600: 2.5 s at the full rate.
        Assert.Equal(1500 / (600 * PermitGovernor.Headroom), denied.RetryAfter.TotalSeconds, 6);
        _clock.Advance(denied.RetryAfter);
        Assert.Equal(1, _governor.Lease("a", 3, 1500, ReturnedCalls.None).Granted);
    }

    [Fact]
    public void Over_ten_simulated_minutes_reported_usage_stays_within_the_token_rate()
    {
        long used = 0;
        var holding = new int[5];
        var next = new TimeSpan[5];
        var start = _clock.GetUtcNow();
        for (var step = 0; step < 600_000; step++)
        {
            var now = _clock.GetUtcNow() - start;
            for (var h = 0; h < holding.Length; h++)
            {
                if (now < next[h])
                {
                    continue;
                }
                // Each call reserves 120 tokens and uses 70: reconciliation lets about 1.7× as many calls through.
                var back = new ReturnedCalls { Returned = holding[h], Completed = holding[h], Succeeded = holding[h], TokensReserved = 120L * holding[h], TokensUsed = 70L * holding[h] };
                var decision = _governor.Lease($"h{h}", 20, 120, back);
                holding[h] = decision.Granted;
                used += 70L * decision.Granted;
                next[h] = now + (decision.Granted > 0 ? TimeSpan.FromMilliseconds(20) : decision.RetryAfter);
            }
            _clock.Advance(TimeSpan.FromMilliseconds(1));
        }
        Assert.InRange(used, 36_000 * 10 * 0.97, 36_000 * 10 * PermitGovernor.Headroom + 600 + 120);
    }
}
