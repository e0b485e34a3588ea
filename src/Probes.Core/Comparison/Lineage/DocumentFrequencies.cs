namespace Probes.Core.Comparison.Lineage;

/// <summary>
/// df[m, g]: in how many of model m's responses feature g occurs, each response weighted by its prompt's weight (1 for the data as observed,
/// a multinomial count in a bootstrap replicate). These are plain sums, so they merge across campaigns.
/// </summary>
internal sealed class DocumentFrequencies
{
    public DocumentFrequencies(PresenceCorpus corpus, LengthStrata strata, int[] promptWeights)
    {
        Corpus = corpus;
        Strata = strata;
        Weights = promptWeights;
        var models = corpus.Models.Count;
        var features = corpus.Vocabulary.Count;
        Counts = new double[models][];
        Totals = new double[models];
        Population = new double[features];
        StratumPopulation = new double[strata.Count][];
        for (var b = 0; b < strata.Count; b++) StratumPopulation[b] = new double[features];
        StratumResponses = new double[models][];
        for (var m = 0; m < models; m++)
        {
            var counts = Counts[m] = new double[features];
            var responses = StratumResponses[m] = new double[strata.Count];
            var rows = corpus.Responses[m];
            for (var r = 0; r < rows.Length; r++)
            {
                var weight = promptWeights[rows[r].Prompt];
                var stratum = strata.Of[m][r];
                if (weight == 0 || stratum < 0) continue;
                responses[stratum] += weight;
                var byStratum = StratumPopulation[stratum];
                foreach (var g in rows[r].Features)
                {
                    counts[g] += weight;
                    byStratum[g] += weight;
                }
            }
            for (var g = 0; g < features; g++)
            {
                Totals[m] += counts[g];
                Population[g] += counts[g];
            }
        }
        foreach (var total in Population)
        {
            PopulationTotal += total;
            if (total > 0) ObservedFeatures++;
        }
    }

    public PresenceCorpus Corpus { get; }

    public LengthStrata Strata { get; }

    public int[] Weights { get; }

    public double[][] Counts { get; }

    /// <summary><c>[stratum][feature]</c>: responses of that length stratum, over all models, containing the feature.</summary>
    public double[][] StratumPopulation { get; }

    /// <summary><c>[model][stratum]</c>: the model's responses in each length stratum.</summary>
    public double[][] StratumResponses { get; }

    public double[] Totals { get; }

    public double[] Population { get; }

    public double PopulationTotal { get; }

    public int ObservedFeatures { get; }
}
