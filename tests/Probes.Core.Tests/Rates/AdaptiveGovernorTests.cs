using Microsoft.Extensions.Time.Testing;
using Probes.Core.Rates;

namespace Probes.Core.Tests.Rates;

/// <summary>How the governor reacts to what the provider says: 429s, Retry-After, remaining = 0, server faults.</summary>
public sealed class AdaptiveGovernorTests
{
    private readonly FakeTimeProvider _clock = new();
    private readonly PermitGovernor _governor;

    public AdaptiveGovernorTests()
    {
        _governor = new PermitGovernor(_clock);
        _governor.Configure(requestsPerMinute: 600_000, tokensPerMinute: null, maxInFlight: 16);
        // Buckets start empty and refill a little under the rate: two burst windows fill them.
        _clock.Advance(PermitGovernor.BurstWindow * 2);
    }

    [Fact]
    public void A_429_halves_concurrency_and_successes_win_it_back_one_window_at_a_time()
    {
        Assert.Equal(16, _governor.Lease("a", 16, 0, ReturnedCalls.None).Granted);
        _governor.Lease("a", 0, 0, new ReturnedCalls { Returned = 16, Completed = 16, Succeeded = 12, Throttled = 4 });
        Assert.Equal(8, _governor.EffectiveConcurrency);
        // The throttle also emptied the request bucket; a millisecond refills ten permits.
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(8, _governor.Lease("a", 16, 0, ReturnedCalls.None).Granted);

        // More 429s from the same burst are one congestion event.
        _governor.Lease("a", 0, 0, new ReturnedCalls { Returned = 8, Completed = 8, Throttled = 8 });
        Assert.Equal(8, _governor.EffectiveConcurrency);

        _clock.Advance(ConcurrencyController.CutSpacing);
        _governor.Lease("a", 0, 0, new ReturnedCalls { Returned = 0, Completed = 1, Throttled = 1 });
        Assert.Equal(4, _governor.EffectiveConcurrency);

        _governor.Lease("a", 0, 0, new ReturnedCalls { Completed = 4, Succeeded = 4 });
        Assert.Equal(5, _governor.EffectiveConcurrency);
        _governor.Lease("a", 0, 0, new ReturnedCalls { Completed = 4, Succeeded = 4 });
        Assert.Equal(5, _governor.EffectiveConcurrency);
        _governor.Lease("a", 0, 0, new ReturnedCalls { Completed = 1000, Succeeded = 1000 });
        Assert.Equal(16, _governor.EffectiveConcurrency);
    }

    [Fact]
    public void Retry_after_pauses_every_holder_until_it_passes()
    {
        Assert.Equal(1, _governor.Lease("a", 1, 0, ReturnedCalls.None).Granted);
        _governor.Lease("a", 0, 0, new ReturnedCalls { Returned = 1, Completed = 1, Throttled = 1, RetryAfter = TimeSpan.FromSeconds(2) });

        var other = _governor.Lease("b", 4, 0, ReturnedCalls.None);
        Assert.Equal((0, PermitGate.Paused, TimeSpan.FromSeconds(2)), (other.Granted, other.Gate, other.RetryAfter));
        _clock.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.Equal(0, _governor.Lease("b", 4, 0, ReturnedCalls.None).Granted);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(4, _governor.Lease("b", 4, 0, ReturnedCalls.None).Granted);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Remaining_zero_holds_permits_until_the_window_resets(bool requests)
    {
        _governor.Lease("a", 1, 0, ReturnedCalls.None);
        var signal = requests
            ? new ReturnedCalls { Returned = 1, Completed = 1, Succeeded = 1, RemainingRequests = 0, RequestsResetIn = TimeSpan.FromSeconds(3) }
            : new ReturnedCalls { Returned = 1, Completed = 1, Succeeded = 1, RemainingTokens = 0, TokensResetIn = TimeSpan.FromSeconds(3) };
        _governor.Lease("a", 0, 0, signal);

        Assert.Equal(PermitGate.Paused, _governor.Lease("a", 2, 0, ReturnedCalls.None).Gate);
        _clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(2, _governor.Lease("a", 2, 0, ReturnedCalls.None).Granted);
    }

    [Fact]
    public void Remaining_above_zero_does_not_hold()
    {
        _governor.Lease("a", 0, 0, new ReturnedCalls { Completed = 1, Succeeded = 1, RemainingRequests = 1, RequestsResetIn = TimeSpan.FromSeconds(3) });
        Assert.Equal(2, _governor.Lease("a", 2, 0, ReturnedCalls.None).Granted);
    }

    [Fact]
    public void Sustained_server_faults_open_the_circuit_then_one_probe_closes_or_reopens_it()
    {
        _governor.Lease("a", 0, 0, new ReturnedCalls { Completed = 6, Succeeded = 1, ServerFaults = 5 });
        Assert.Equal(CircuitState.Closed, _governor.CircuitState);
        _governor.Lease("a", 0, 0, new ReturnedCalls { Completed = 4, Succeeded = 2, ServerFaults = 2 });
        Assert.Equal(CircuitState.Open, _governor.CircuitState);

        var open = _governor.Lease("a", 5, 0, ReturnedCalls.None);
        Assert.Equal((0, PermitGate.CircuitOpen, CircuitSettings.Default.BreakDuration), (open.Granted, open.Gate, open.RetryAfter));

        _clock.Advance(CircuitSettings.Default.BreakDuration);
        Assert.Equal(1, _governor.Lease("a", 5, 0, ReturnedCalls.None).Granted);
        Assert.Equal(CircuitState.HalfOpen, _governor.CircuitState);
        Assert.Equal(0, _governor.Lease("b", 5, 0, ReturnedCalls.None).Granted);

        // The probe fails: open again, for twice as long.
        _governor.Lease("a", 0, 0, new ReturnedCalls { Returned = 1, Completed = 1, ServerFaults = 1 });
        Assert.Equal(CircuitState.Open, _governor.CircuitState);
        Assert.Equal(CircuitSettings.Default.BreakDuration * 2, _governor.Lease("a", 5, 0, ReturnedCalls.None).RetryAfter);

        _clock.Advance(CircuitSettings.Default.BreakDuration * 2);
        Assert.Equal(1, _governor.Lease("a", 5, 0, ReturnedCalls.None).Granted);
        _governor.Lease("a", 0, 0, new ReturnedCalls { Returned = 1, Completed = 1, Succeeded = 1 });
        Assert.Equal(CircuitState.Closed, _governor.CircuitState);
        Assert.Equal(5, _governor.Lease("a", 5, 0, ReturnedCalls.None).Granted);
    }

    [Fact]
    public void Faults_spread_beyond_the_window_or_below_the_ratio_keep_the_circuit_closed()
    {
        for (var i = 0; i < 10; i++)
        {
            _governor.Lease("a", 0, 0, new ReturnedCalls { Completed = 2, Succeeded = 1, ServerFaults = 1 });
            _clock.Advance(CircuitSettings.Default.Window);
        }
        _governor.Lease("a", 0, 0, new ReturnedCalls { Completed = 100, Succeeded = 51, ServerFaults = 49 });
        Assert.Equal(CircuitState.Closed, _governor.CircuitState);
    }

    [Fact]
    public void Throttling_is_not_a_server_fault()
    {
        _governor.Lease("a", 0, 0, new ReturnedCalls { Completed = 50, Throttled = 50 });
        Assert.Equal(CircuitState.Closed, _governor.CircuitState);
    }

    [Fact]
    public void The_break_grows_no_longer_than_its_bound()
    {
        var settings = CircuitSettings.Default with { MaxBreakDuration = TimeSpan.FromSeconds(12) };
        _governor.Configure(600_000, null, 16, settings);
        _clock.Advance(PermitGovernor.BurstWindow * 2);
        _governor.Lease("a", 0, 0, new ReturnedCalls { Completed = 10, ServerFaults = 10 });
        for (var round = 0; round < 5; round++)
        {
            _clock.Advance(_governor.Lease("a", 1, 0, ReturnedCalls.None).RetryAfter);
            Assert.Equal(1, _governor.Lease("a", 1, 0, ReturnedCalls.None).Granted);
            _governor.Lease("a", 0, 0, new ReturnedCalls { Returned = 1, Completed = 1, ServerFaults = 1 });
        }
        Assert.Equal(TimeSpan.FromSeconds(12), _governor.Lease("a", 1, 0, ReturnedCalls.None).RetryAfter);
    }
}
