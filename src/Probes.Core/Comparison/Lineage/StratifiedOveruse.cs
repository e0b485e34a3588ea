namespace Probes.Core.Comparison.Lineage;

/// <summary>
/// Over-use measured prompt by prompt. For each response the expected presence of a feature is the population's
/// rate in the response's length stratum; the residuals (present − expected) are summed over the model's responses
/// and divided by the square root of their summed squares. Prompts are the independent units: a topic word that a
/// model repeats because one prompt asked about it is one large residual, not a habit, and the self-normalised
/// sum keeps it small, while a habit shows up as many small residuals in the same direction.
/// Rates are smoothed towards the feature's overall rate with one pseudo-response per stratum.
/// </summary>
internal sealed class StratifiedOveruse : IOveruse
{
    private readonly DocumentFrequencies _df;
    private readonly double[] _stratumSizes;
    private readonly double _responses;
    private readonly Dictionary<int, Dictionary<int, double[]>> _presenceByStratum = [];

    public StratifiedOveruse(DocumentFrequencies df)
    {
        _df = df;
        _stratumSizes = new double[df.Strata.Count];
        foreach (var model in df.StratumResponses)
        {
            for (var b = 0; b < model.Length; b++) _stratumSizes[b] += model[b];
        }
        _responses = _stratumSizes.Sum();
    }

    public double Z(int model, int feature)
    {
        var overall = _df.Population[feature] / Math.Max(1, _responses);
        var responses = _df.StratumResponses[model];
        PresenceOf(model).TryGetValue(feature, out var present);
        double observed = 0, expected = 0, squares = 0;
        for (var b = 0; b < responses.Length; b++)
        {
            if (responses[b] == 0) continue;
            var rate = (_df.StratumPopulation[b][feature] + overall) / (_stratumSizes[b] + 1);
            var hits = present?[b] ?? 0;
            observed += hits;
            expected += responses[b] * rate;
            // Σ over responses of (x − rate)² with x ∈ {0, 1}: hits·(1 − 2·rate) + responses·rate².
            squares += hits * (1 - 2 * rate) + responses[b] * rate * rate;
        }
        return squares <= 1e-12 ? 0 : (observed - expected) / Math.Sqrt(squares);
    }

    /// <summary>The model's weighted presence counts per stratum, for the features it uses (built once per model).</summary>
    private Dictionary<int, double[]> PresenceOf(int model)
    {
        if (_presenceByStratum.TryGetValue(model, out var cached)) return cached;
        var byFeature = new Dictionary<int, double[]>();
        var rows = _df.Corpus.Responses[model];
        for (var r = 0; r < rows.Length; r++)
        {
            var weight = _df.Weights[rows[r].Prompt];
            var stratum = _df.Strata.Of[model][r];
            if (weight == 0 || stratum < 0) continue;
            foreach (var g in rows[r].Features)
            {
                if (!byFeature.TryGetValue(g, out var counts)) byFeature[g] = counts = new double[_df.Strata.Count];
                counts[stratum] += weight;
            }
        }
        _presenceByStratum[model] = byFeature;
        return byFeature;
    }
}
