namespace Probes.Core.Comparison.Lineage;

/// <summary>How strongly a model over-uses a feature relative to the population, as a z-score.</summary>
internal interface IOveruse
{
    double Z(int model, int feature);
}
