namespace Probes.Core.Comparison.Lineage;

/// <summary>
/// The lineage test's settings. None is fitted to any labelled data: <see cref="Alpha"/> is the family-wise error
/// rate of a verdict; <see cref="SignatureZ"/> admits a feature into a candidate's signature at one-sided p &lt; 0.001;
/// <see cref="PriorWeight"/> (1% of a pseudo-count per feature) and <see cref="Clip"/> (|z| ≤ 5, so a single
/// extreme word cannot carry a score) are fixed regularisers.
/// </summary>
public sealed record LineageOptions
{
    public double Alpha { get; init; } = 0.05;

    public int Replicates { get; init; } = 100;

    public int Seed { get; init; } = 12345;

    public double SignatureZ { get; init; } = 3.09;

    public double PriorWeight { get; init; } = 0.01;

    public double Clip { get; init; } = 5;

    public int Drivers { get; init; } = 8;
}
