using Probes.Core.Fingerprints;

namespace Probes.Core.Comparison;

/// <summary>
/// Compares two fingerprints family by family and combines the scores as a weighted mean over the families
/// with evidence. Raw scores for now; population z-scores (a candidate similar to everything must not win by
/// default) are a later layer over the same per-family scores.
/// </summary>
public static class FingerprintSimilarity
{
    /// <summary>
    /// The weights, and why:
    /// answers 0.35: per-probe answer distributions to targeted probes are the most discriminating signal reported
    /// (LLMmap; PhyloLM recovers model families from them alone);
    /// lexical 0.30: word choice attributes free text across vendors (Sun et al., 2025), but depends on the prompts;
    /// format 0.15: house style is distinctive yet easy to change with a system prompt or fine-tune;
    /// length 0.10: stable under fixed settings but shared by many unrelated models;
    /// identity 0.10: what a model says it is is the easiest signal to fake or inherit, so it counts least.
    /// </summary>
    public static IReadOnlyList<(IFamilySimilarity Measure, double Weight)> Measures { get; } =
    [
        (new AnswerAgreement(), 0.35),
        (new LexicalSimilarity(), 0.30),
        (new FormatSimilarity(), 0.15),
        (new LengthSimilarity(), 0.10),
        (new IdentityOverlap(), 0.10),
    ];

    public static SimilarityResult Compare(Fingerprint a, Fingerprint b)
    {
        if (!a.Key.IsComparableWith(b.Key)) throw new IncomparableFingerprintsException(a.Key, b.Key);
        var families = new List<FamilyScore>(Measures.Count);
        var combined = new WeightedMean();
        foreach (var (measure, weight) in Measures)
        {
            if (measure.Compare(a, b) is not { } score) continue;
            families.Add(score);
            combined.Add(weight, score.Similarity);
        }
        return new SimilarityResult(a.Key.TargetId, b.Key.TargetId, combined.Value, families);
    }
}
