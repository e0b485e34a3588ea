namespace Probes.Core.Comparison.Lineage;

/// <summary>
/// df[m, g]: in how many of model m's responses feature g occurs, each response weighted by its prompt's weight
/// (1 for the data as observed, a multinomial count in a bootstrap replicate). These are plain sums, so they merge
/// across campaigns.
/// </summary>
internal sealed class DocumentFrequencies
{
    public DocumentFrequencies(PresenceCorpus corpus, int[] promptWeights)
    {
        var models = corpus.Models.Count;
        var features = corpus.Vocabulary.Count;
        Counts = new double[models][];
        Totals = new double[models];
        Population = new double[features];
        for (var m = 0; m < models; m++)
        {
            var counts = Counts[m] = new double[features];
            foreach (var response in corpus.Responses[m])
            {
                var weight = promptWeights[response.Prompt];
                if (weight == 0) continue;
                foreach (var g in response.Features) counts[g] += weight;
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

    public double[][] Counts { get; }

    public double[] Totals { get; }

    public double[] Population { get; }

    public double PopulationTotal { get; }

    public int ObservedFeatures { get; }
}
