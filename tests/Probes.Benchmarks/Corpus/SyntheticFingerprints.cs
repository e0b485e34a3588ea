using Probes.Connectors.Simulated;
using Probes.Core.Fingerprints;

namespace Probes.Benchmarks.Corpus;

/// <summary>
/// Fingerprints folded from simulated replies, built before any measurement starts: per-batch deltas as shard
/// batches produce them, whole-campaign fingerprints, and populations of distinct targets for the matrix.
/// </summary>
public static class SyntheticFingerprints
{
    /// <summary>
    /// Consecutive batches of one model's replies, each folded into its own delta, as a fingerprint grain
    /// receives them. Batch <c>d</c> holds replies <c>d·size … d·size+size−1</c> of one long campaign.
    /// </summary>
    public static Fingerprint[] BatchDeltas(string modelName, int batches, int recordsPerBatch)
    {
        var deltas = new Fingerprint[batches];
        for (var batch = 0; batch < batches; batch++)
        {
            deltas[batch] = new Fingerprint(ResponseCorpus.KeyFor(modelName));
            FoldReplies(deltas[batch], modelName, (long)batch * recordsPerBatch, recordsPerBatch);
        }
        return deltas;
    }

    /// <summary>One model's fingerprint over replies <c>firstItem … firstItem+records−1</c> of a long campaign.</summary>
    public static Fingerprint Campaign(string modelName, long firstItem, int records)
    {
        var fingerprint = new Fingerprint(ResponseCorpus.KeyFor(modelName));
        FoldReplies(fingerprint, modelName, firstItem, records);
        return fingerprint;
    }

    // Reply k of a campaign answers prompt k mod P in round k div P: every prompt equally often, as a plan sends them.
    private static void FoldReplies(Fingerprint fingerprint, string modelName, long firstItem, int count)
    {
        var prompts = ResponseCorpus.Prompts.Count;
        for (var item = firstItem; item < firstItem + count; item++)
        {
            fingerprint.Add(ResponseCorpus.Answer(modelName, (int)(item % prompts), (int)(item / prompts), item));
        }
    }

    /// <summary>
    /// <paramref name="count"/> comparable fingerprints of distinct targets, cycling through the simulated family.
    /// Every target answers the same prompts, spread evenly over the probe set as a campaign would, each with
    /// its own seeds, so no two fingerprints are equal even when they come from the same model.
    /// </summary>
    public static Fingerprint[] Population(int count, int recordsEach)
    {
        var models = SimulatedFamily.Standard.ModelNames;
        var prompts = ResponseCorpus.Prompts.Count;
        var population = new Fingerprint[count];
        for (var target = 0; target < count; target++)
        {
            var fingerprint = new Fingerprint(ResponseCorpus.KeyFor($"target-{target:D4}"));
            for (var i = 0; i < recordsEach; i++)
            {
                var prompt = (int)((long)i * prompts / recordsEach) % prompts;
                var round = target + i / prompts;
                fingerprint.Add(ResponseCorpus.Answer(models[target % models.Count], prompt, round, (long)target * recordsEach + i));
            }
            population[target] = fingerprint;
        }
        return population;
    }
}
