namespace Probes.Core.Comparison;

/// <summary>
/// The combined score: the weighted mean over the families with evidence, so a family without evidence shifts its
/// weight to the others instead of counting as zero. NaN when no family had evidence.
/// </summary>
internal struct WeightedMean
{
    private double _weighted;
    private double _weights;

    public void Add(double weight, double similarity)
    {
        _weighted += weight * similarity;
        _weights += weight;
    }

    public readonly double Value => _weights > 0 ? _weighted / _weights : double.NaN;
}
