using Probes.Core.Comparison;
using Probes.Core.Comparison.Population;
using Probes.Core.Fingerprints;

namespace Probes.Core.Tests.Comparison.Population;

public sealed class IdentificationTests
{
    private static readonly SyntheticModel[] s_models =
    [
        SyntheticModel.Create(seed: 11, claim: "Claude", bulletRate: 0.6, meanWords: 40),
        SyntheticModel.Create(seed: 12, claim: "Gemini", bulletRate: 0.1, meanWords: 25),
        SyntheticModel.Create(seed: 13, claim: "Qwen", bulletRate: 0.3, meanWords: 60),
        SyntheticModel.Create(seed: 14, claim: "Mistral", bulletRate: 0.4, meanWords: 30),
        SyntheticModel.Create(seed: 15, claim: "Llama", bulletRate: 0.2, meanWords: 45),
        SyntheticModel.Create(seed: 16, claim: "DeepSeek", bulletRate: 0.5, meanWords: 35),
    ];

    private static PopulationScores Population(params Fingerprint[] extra)
    {
        var fingerprints = s_models.Select((m, i) => m.Fingerprint($"model-{i}", seed: 100 + i)).Concat(extra).ToList();
        return PopulationScores.From(SimilarityMatrix.Build(fingerprints));
    }

    [Fact]
    public void A_second_sample_of_a_known_model_is_identified_with_a_margin()
    {
        var scores = Population(s_models[2].Fingerprint("mystery", seed: 999));

        var result = Identification.Identify(scores, "mystery", falsePositiveRate: 0.05);

        Assert.Equal("model-2", result.Identified);
        Assert.Equal("model-2", result.Ranking[0].Target);
        Assert.True(result.Margin > 1, $"margin {result.Margin}");
        Assert.Equal(s_models.Length, result.Ranking.Count);
    }

    [Fact]
    public void A_model_unlike_every_candidate_is_unknown()
    {
        var stranger = SyntheticModel.Create(seed: 77, claim: "Grok", bulletRate: 0.35, meanWords: 38).Fingerprint("mystery", seed: 5);

        var result = Identification.Identify(Population(stranger), "mystery", falsePositiveRate: 0.05);

        Assert.Null(result.Identified);
        Assert.StartsWith("unknown", result.Verdict);
        Assert.False(double.IsNaN(result.Threshold));
    }

    [Fact]
    public void Too_small_a_population_says_so_instead_of_guessing()
    {
        var fingerprints = s_models.Take(2).Select((m, i) => m.Fingerprint($"model-{i}", seed: i)).ToList();
        var result = Identification.Identify(PopulationScores.From(SimilarityMatrix.Build(fingerprints)), "model-0", 0.05);
        Assert.Null(result.Identified);
        Assert.Contains("population too small", result.Verdict);
    }

    [Fact]
    public void Z_scores_are_symmetric_and_leave_the_pair_out_of_its_own_baseline()
    {
        var scores = Population(s_models[0].Fingerprint("twin", seed: 4242));
        var twin = scores.IndexOf("twin");
        Assert.Equal(scores.CombinedZ(0, twin), scores.CombinedZ(twin, 0), 12);
        Assert.True(scores.CombinedZ(0, twin) > 3, $"z {scores.CombinedZ(0, twin)}");
        Assert.True(scores.CombinedZ(1, 2) < 2);
    }
}
