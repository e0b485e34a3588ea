using Probes.Core.Comparison;
using Probes.Core.Fingerprints;
using Probes.Core.Tests.Fingerprints;

namespace Probes.Core.Tests.Comparison;

/// <summary>
/// The matrix scores pairs from per-fingerprint views; a single comparison scores them from the fingerprints.
/// Both must agree on every family and on the combined score, evidence and its absence included.
/// </summary>
public sealed class MatrixScoresTests
{
    private const double Tolerance = 1e-12;
    private static readonly FingerprintKey Shared = new("any", "synthetic@1", "t1");

    [Fact]
    public void Matrix_scores_equal_single_comparisons_for_every_pair_and_family()
    {
        var population = VariedPopulation();
        var matrix = SimilarityMatrix.Build(population);
        var (scored, missing) = (0, 0);
        for (var i = 0; i < population.Count; i++)
        {
            for (var j = 0; j < population.Count; j++)
            {
                var single = FingerprintSimilarity.Compare(population[i], population[j]);
                AssertClose(single.Combined, matrix.Combined(i, j), $"combined {i},{j}");
                foreach (var (measure, _) in FingerprintSimilarity.Measures)
                {
                    var expected = single.Family(measure.Family)?.Similarity ?? double.NaN;
                    AssertClose(expected, matrix.Similarity(measure.Family, i, j), $"{measure.Family} {i},{j}");
                    if (double.IsNaN(expected)) missing++;
                    else scored++;
                }
            }
        }
        Assert.True(scored > 5000 && missing > 300, $"{scored} scored, {missing} without evidence");
    }

    [Fact]
    public void Views_scored_one_pair_at_a_time_either_way_round_agree_exactly_with_the_matrix_rows()
    {
        var population = VariedPopulation();
        var matrix = SimilarityMatrix.Build(population);
        foreach (var (measure, _) in FingerprintSimilarity.Measures)
        {
            var views = population.Select(measure.Prepare).ToArray();
            for (var i = 0; i < views.Length; i++)
            {
                for (var j = 0; j < views.Length; j++)
                {
                    Assert.Equal(matrix.Similarity(measure.Family, i, j), views[i].SimilarityTo(views[j]));
                }
            }
        }
    }

    [Fact]
    public void The_population_spreads_every_family_over_a_wide_range_of_similarities()
    {
        var population = VariedPopulation();
        var matrix = SimilarityMatrix.Build(population);
        foreach (var family in matrix.Families)
        {
            var values = Enumerable.Range(0, population.Count)
                .SelectMany(i => Enumerable.Range(i + 1, population.Count - i - 1).Select(j => matrix.Similarity(family, i, j)))
                .Where(value => !double.IsNaN(value)).ToList();
            Assert.True(values.Max() - values.Min() > 0.2 && values.Distinct().Count() > 3, $"{family}: {values.Min()} to {values.Max()}");
        }
        Assert.Equal(["answers", "lexical", "format", "length", "identity"], matrix.Families);
    }

    private static void AssertClose(double expected, double actual, string what)
    {
        Assert.True(double.IsNaN(expected) == double.IsNaN(actual), $"{what}: {expected} vs {actual}");
        if (!double.IsNaN(expected)) Assert.True(Math.Abs(expected - actual) <= Tolerance, $"{what}: {expected} vs {actual}");
    }

    // Related and unrelated models at several sample sizes (sparse and dense n-gram vectors), a JSON round trip,
    // and fingerprints that lack evidence for some families: empty, wordless, unnamed, or on probes nobody else saw.
    private static List<Fingerprint> VariedPopulation()
    {
        var teacher = SyntheticModel.Create(seed: 1, claim: "Claude", bulletRate: 0.6, meanWords: 40);
        var other = SyntheticModel.Create(seed: 3, claim: "Gemini", bulletRate: 0.1, meanWords: 25);
        var nameless = SyntheticModel.Create(seed: 4, claim: "Zorblax", bulletRate: 0.3, meanWords: 12);
        var population = new List<Fingerprint>
        {
            teacher.Fingerprint("teacher", 10),
            teacher.Fingerprint("teacher-again", 11, samplesPerProbe: 3),
            teacher.Derive(seed: 2, drift: 0.2).Fingerprint("student", 12),
            teacher.Derive(seed: 5, drift: 0.6).Fingerprint("far-student", 13, samplesPerProbe: 1),
            other.Fingerprint("other", 14, samplesPerProbe: 5),
            nameless.Fingerprint("nameless", 15, samplesPerProbe: 2),
            Fingerprint.FromJson(other.Fingerprint("other-stored", 16).ToJson()),
            new(Shared with { TargetId = "empty" }),
            Fold("wordless", ("p0", "  "), ("p1", "...")),
            Fold("solo", ("only-here", "Gemini says hello"), ("only-here", "- hello there, general")),
        };
        var generated = new Fingerprint(Shared with { TargetId = "generated" });
        foreach (var record in GeneratedRecords.Generate(7, 300)) generated.Add(record);
        population.Add(generated);
        // Enough more to span several blocks of rows and tiles of columns in the matrix.
        for (var k = 0; k < 26; k++)
        {
            var model = (k % 3) switch { 0 => teacher, 1 => other, _ => nameless };
            population.Add(model.Derive(seed: 100 + k, drift: k / 30.0).Fingerprint($"derived-{k}", 200 + k, samplesPerProbe: 1 + k % 4));
        }
        return population;
    }

    private static Fingerprint Fold(string targetId, params (string Probe, string Response)[] responses)
    {
        var fingerprint = new Fingerprint(Shared with { TargetId = targetId });
        foreach (var (probe, response) in responses) fingerprint.Add(TestRecords.Success(probe, response, targetId: targetId));
        return fingerprint;
    }
}
