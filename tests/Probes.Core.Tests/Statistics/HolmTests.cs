using Probes.Core.Statistics;

namespace Probes.Core.Tests.Statistics;

public sealed class HolmTests
{
    [Fact]
    public void Steps_down_from_the_smallest_p_value_and_stops_at_the_first_failure()
    {
        // Thresholds for 4 tests at α = 0.05: 0.0125, 0.0167, 0.025, 0.05.
        var rejected = Holm.Reject([0.04, 0.001, 0.03, 0.012], 0.05);
        Assert.Equal([false, true, false, true], rejected);
    }

    [Fact]
    public void Rejects_everything_when_every_step_passes()
    {
        Assert.Equal([true, true, true], Holm.Reject([0.01, 0.02, 0.049], 0.05));
    }

    [Fact]
    public void Adjusted_p_values_are_monotone_and_capped_at_one()
    {
        var adjusted = Holm.Adjust([0.04, 0.001, 0.03, 0.012]);
        Assert.Equal([0.06, 0.004, 0.06, 0.036], adjusted.Select(p => Math.Round(p, 6)));
        Assert.Equal(1.0, Holm.Adjust([0.6, 0.7])[1]);
    }
}
