using Microsoft.Extensions.Time.Testing;
using Probes.Core.Rates;

namespace Probes.Core.Tests.Rates;

public sealed class CircuitBreakerTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void A_probe_whose_outcome_never_comes_back_is_replaced_after_a_window()
    {
        var circuit = new CircuitBreaker(_clock, CircuitSettings.Default);
        circuit.Record(completed: 10, serverFaults: 10);
        _clock.Advance(CircuitSettings.Default.BreakDuration);

        Assert.Equal(1, circuit.Allowance(5));
        circuit.Granted(1);
        Assert.Equal(0, circuit.Allowance(5));

        _clock.Advance(CircuitSettings.Default.Window + TimeSpan.FromSeconds(1));
        Assert.Equal(CircuitState.HalfOpen, circuit.State);
        Assert.Equal(1, circuit.Allowance(5));
    }

    [Fact]
    public void Calls_from_before_the_break_do_not_decide_the_half_open_state_before_the_probe_goes()
    {
        var circuit = new CircuitBreaker(_clock, CircuitSettings.Default);
        circuit.Record(completed: 10, serverFaults: 6);
        _clock.Advance(CircuitSettings.Default.BreakDuration);
        Assert.Equal(1, circuit.Allowance(1));

        circuit.Record(completed: 3, serverFaults: 3);

        Assert.Equal(CircuitState.HalfOpen, circuit.State);
        Assert.Equal(TimeSpan.Zero, circuit.RemainingBreak);
    }
}
