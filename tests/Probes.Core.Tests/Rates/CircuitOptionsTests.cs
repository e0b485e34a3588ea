using Probes.Core.Rates;

namespace Probes.Core.Tests.Rates;

public sealed class CircuitOptionsTests
{
    [Fact]
    public void The_defaults_are_the_default_circuit()
    {
        Assert.Null(new CircuitOptions().Problem());
        Assert.Equal(CircuitSettings.Default, new CircuitOptions().ToSettings());
    }

    [Fact]
    public void Each_bound_is_carried_into_the_settings()
    {
        var options = new CircuitOptions
        {
            FailureRatio = 0.25, MinimumCalls = 40, SamplingWindow = TimeSpan.FromSeconds(7),
            BreakDuration = TimeSpan.FromSeconds(3), MaxBreakDuration = TimeSpan.FromSeconds(9),
        };
        Assert.Equal(new CircuitSettings(0.25, 40, TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(9)), options.ToSettings());
    }

    [Theory]
    [InlineData(0.0, 10, 30, 5, 120, "FailureRatio")]
    [InlineData(1.5, 10, 30, 5, 120, "FailureRatio")]
    [InlineData(double.NaN, 10, 30, 5, 120, "FailureRatio")]
    [InlineData(0.5, 0, 30, 5, 120, "MinimumCalls")]
    [InlineData(0.5, 10, 0, 5, 120, "SamplingWindow")]
    [InlineData(0.5, 10, 30, 0, 120, "BreakDuration")]
    [InlineData(0.5, 10, 30, 5, 4, "MaxBreakDuration")]
    public void Unusable_bounds_are_named(double ratio, int minimumCalls, int windowSeconds, int breakSeconds, int maxBreakSeconds, string named)
    {
        var options = new CircuitOptions
        {
            FailureRatio = ratio, MinimumCalls = minimumCalls, SamplingWindow = TimeSpan.FromSeconds(windowSeconds),
            BreakDuration = TimeSpan.FromSeconds(breakSeconds), MaxBreakDuration = TimeSpan.FromSeconds(maxBreakSeconds),
        };
        Assert.StartsWith(named, options.Problem());
    }
}
