using Probes.Core.Comparison;

namespace Probes.Core.Tests.Comparison;

public sealed class JensenShannonTests
{
    [Fact]
    public void Identical_distributions_diverge_by_zero_whatever_their_sample_sizes() =>
        Assert.Equal(0, JensenShannon.Divergence(new Dictionary<string, long> { ["a"] = 3, ["b"] = 1 },
            new Dictionary<string, long> { ["a"] = 30, ["b"] = 10 }), 12);

    [Fact]
    public void Disjoint_distributions_diverge_by_one() =>
        Assert.Equal(1, JensenShannon.Divergence(new Dictionary<string, long> { ["a"] = 5 },
            new Dictionary<string, long> { ["b"] = 2, ["c"] = 7 }), 12);

    [Fact]
    public void Matches_the_hand_computed_value_and_is_symmetric()
    {
        var p = new Dictionary<string, long> { ["a"] = 1 };
        var q = new Dictionary<string, long> { ["a"] = 1, ["b"] = 1 };
        // M = (0.75, 0.25): ½·log2(1/0.75) + ½·(½·log2(0.5/0.75) + ½·log2(0.5/0.25)).
        var expected = 0.5 * Math.Log2(4.0 / 3) + 0.5 * (0.5 * Math.Log2(2.0 / 3) + 0.5);
        Assert.Equal(expected, JensenShannon.Divergence(p, q), 12);
        Assert.Equal(expected, JensenShannon.Divergence(q, p), 12);
    }

    [Fact]
    public void Empty_distributions_are_rejected() =>
        Assert.Throws<ArgumentException>(() => JensenShannon.Divergence(new Dictionary<string, long>(), new Dictionary<string, long> { ["a"] = 1 }));
}
