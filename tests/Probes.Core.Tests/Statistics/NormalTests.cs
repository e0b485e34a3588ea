using Probes.Core.Statistics;

namespace Probes.Core.Tests.Statistics;

public sealed class NormalTests
{
    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(1.959963984540054, 0.975)]
    [InlineData(-1.644853626951472, 0.05)]
    [InlineData(3.090232306167813, 0.999)]
    public void Cdf_matches_reference_values(double z, double p) => Assert.Equal(p, Normal.Cdf(z), 6);

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.975)]
    [InlineData(0.001)]
    [InlineData(0.999999)]
    [InlineData(0.02)]
    public void Quantile_inverts_the_cdf(double p) => Assert.Equal(p, Normal.Cdf(Normal.Quantile(p)), 6);

    [Fact]
    public void Upper_tail_keeps_precision_far_out() => Assert.InRange(Normal.UpperTail(8), 6.0e-16, 6.4e-16);
}
