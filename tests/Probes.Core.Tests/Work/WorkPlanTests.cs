using Probes.Core.ProbeSets;
using Probes.Core.Work;

namespace Probes.Core.Tests.Work;

public sealed class WorkPlanTests
{
    private static readonly ProbeSet s_set = new("t", "1",
    [
        new Probe("p1", "gene", ["a", "b"]),
        new Probe("p2", "style", ["c"]),
    ]);

    [Fact]
    public void Items_are_every_variant_times_every_sample_in_a_fixed_order()
    {
        var plan = new WorkPlan([s_set], samplesPerProbe: 3);
        Assert.Equal(9, plan.Count);
        var items = Enumerable.Range(0, 9).Select(i => plan[i]).ToList();
        Assert.Equal(["a", "a", "a", "b", "b", "b", "c", "c", "c"], items.Select(i => i.Prompt));
        Assert.Equal([0, 1, 2, 0, 1, 2, 0, 1, 2], items.Select(i => i.Sample));
        Assert.Equal(1, plan[4].Variant);
        Assert.Throws<ArgumentOutOfRangeException>(() => plan[9]);
    }

    [Fact]
    public void Shards_cover_every_item_exactly_once()
    {
        var plan = new WorkPlan([s_set], samplesPerProbe: 3);
        var shards = plan.Shards(4).ToList();
        Assert.Equal([(0, 0L, 4L), (1, 4L, 8L), (2, 8L, 9L)], shards);
    }
}
