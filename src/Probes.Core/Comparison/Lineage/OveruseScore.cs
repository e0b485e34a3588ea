namespace Probes.Core.Comparison.Lineage;

/// <summary>
/// How much more often model i uses feature g than all other models together, as the z-score of a log-odds ratio
/// with an informative Dirichlet prior (Monroe, Colaresi and Quinn, 2008). The prior, proportional to the
/// feature's overall frequency, shrinks rare features towards zero, so a word seen twice cannot outrank a habit.
/// </summary>
internal sealed class OveruseScore(DocumentFrequencies df, double priorWeight)
{
    private readonly double _priorTotal = priorWeight * df.ObservedFeatures;

    public double Z(int model, int feature)
    {
        var pop = df.Population[feature];
        if (pop <= 0) return 0;
        var alpha = _priorTotal * pop / df.PopulationTotal;
        var y = df.Counts[model][feature];
        var r = pop - y;
        var ny = df.Totals[model];
        var nr = df.PopulationTotal - ny;
        var delta = Math.Log((y + alpha) / (ny + _priorTotal - y - alpha)) - Math.Log((r + alpha) / (nr + _priorTotal - r - alpha));
        return delta / Math.Sqrt(1 / (y + alpha) + 1 / (r + alpha));
    }
}
