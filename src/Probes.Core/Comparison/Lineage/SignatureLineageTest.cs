using Probes.Core.Statistics;

namespace Probes.Core.Comparison.Lineage;

/// <summary>
/// The best-parent test. The best-scoring candidate b is named a parent only if it beats each other candidate c
/// significantly: z = (score_b − score_c) / SE, SE the spread of that difference over bootstrap replicates that
/// resample prompts (so the uncertainty comes from which prompts happened to be asked), one-sided p = 1 − Φ(z),
/// Holm over the k − 1 comparisons at α. A sibling that shares the parent's teacher scores close to the parent,
/// the test then cannot separate them, and the verdict stays empty rather than guessing.
/// </summary>
public static class SignatureLineageTest
{
    public static IReadOnlyList<LineageVerdict> Run(PresenceCorpus corpus, IReadOnlyList<string> students, IReadOnlyList<string> candidates, LineageOptions? options = null)
    {
        options ??= new LineageOptions();
        var studentIds = students.Select(corpus.IndexOf).ToArray();
        var candidateIds = candidates.Select(corpus.IndexOf).ToArray();
        var strata = new LengthStrata(corpus, options.LengthStrata);
        var observedDf = new DocumentFrequencies(corpus, strata, Enumerable.Repeat(1, corpus.Prompts.Count).ToArray());
        var observed = SignatureScores.Compute(observedDf, studentIds, candidateIds, options);

        var replicates = new double[options.Replicates][][];
        Parallel.For(0, options.Replicates, r =>
        {
            var random = new Random(options.Seed + r);
            var weights = new int[corpus.Prompts.Count];
            for (var draw = 0; draw < weights.Length; draw++) weights[random.Next(weights.Length)]++;
            replicates[r] = SignatureScores.Compute(new DocumentFrequencies(corpus, strata, weights), studentIds, candidateIds, options).Scores;
        });

        var overuse = Overuse.For(observedDf, options);
        return studentIds.Select((student, s) => Verdict(corpus, s, student, candidateIds, observed, replicates, overuse, options)).ToList();
    }

    private static LineageVerdict Verdict(PresenceCorpus corpus, int s, int student, int[] candidateIds, SignatureScores observed,
        double[][][] replicates, IOveruse overuse, LineageOptions options)
    {
        var scores = observed.Scores[s];
        var order = Enumerable.Range(0, candidateIds.Length).Where(c => !double.IsNaN(scores[c])).OrderByDescending(c => scores[c]).ToArray();
        var name = corpus.Models[student];
        if (order.Length == 0)
        {
            return new LineageVerdict(name, [], [], options.Alpha, "no candidate has a signature to compare with");
        }
        var best = order[0];
        var others = order.Skip(1).ToArray();
        var pValues = others.Select(c => BeatsPValue(scores[best] - scores[c], replicates.Select(r => r[s][best] - r[s][c]))).ToArray();
        var adjusted = Holm.Adjust(pValues);
        var named = others.Length > 0 && adjusted.All(p => p <= options.Alpha);

        var ranking = new List<LineageCandidate> { Candidate(corpus, best, null, scores, student, candidateIds, observed, overuse, options) };
        ranking.AddRange(others.Select((c, i) => Candidate(corpus, c, adjusted[i], scores, student, candidateIds, observed, overuse, options)));
        var bestName = corpus.Models[candidateIds[best]];
        var runnerUp = others.Length > 0 ? $"{corpus.Models[candidateIds[others[0]]]} (adjusted p = {adjusted[0]:G3})" : "none";
        var verdict = named
            ? $"parent: {bestName} — beats every other candidate at α = {options.Alpha} (Holm); closest rival {runnerUp}"
            : $"no parent named at α = {options.Alpha}: best {bestName} does not beat {RivalsNotBeaten(corpus, candidateIds, others, adjusted, options.Alpha)}";
        return new LineageVerdict(name, ranking, named ? [bestName] : [], options.Alpha, verdict);
    }

    private static double BeatsPValue(double observedDifference, IEnumerable<double> replicateDifferences)
    {
        var values = replicateDifferences.Where(d => !double.IsNaN(d)).ToArray();
        if (values.Length < 2) return 1;
        var mean = values.Average();
        var sd = Math.Sqrt(values.Sum(d => (d - mean) * (d - mean)) / (values.Length - 1));
        return sd <= 0 ? (observedDifference > 0 ? 0 : 1) : Normal.UpperTail(observedDifference / sd);
    }

    private static string RivalsNotBeaten(PresenceCorpus corpus, int[] candidateIds, int[] others, double[] adjusted, double alpha)
    {
        var rivals = others.Select((c, i) => (Name: corpus.Models[candidateIds[c]], P: adjusted[i])).Where(r => r.P > alpha).Take(3).ToList();
        return rivals.Count == 0 ? "anyone (no rivals)" : string.Join(", ", rivals.Select(r => $"{r.Name} (adjusted p = {r.P:G3})"));
    }

    private static LineageCandidate Candidate(PresenceCorpus corpus, int c, double? pValue, double[] scores, int student, int[] candidateIds,
        SignatureScores observed, IOveruse overuse, LineageOptions options)
    {
        var drivers = observed.Signatures[c]
            .Select(g => (Feature: corpus.Vocabulary[g], Student: overuse.Z(student, g), Candidate: overuse.Z(candidateIds[c], g)))
            .OrderByDescending(d => Math.Min(d.Student, d.Candidate))
            .Take(options.Drivers)
            .Select(d => $"\"{d.Feature}\" z {d.Student:F1} / {d.Candidate:F1}")
            .ToList();
        return new LineageCandidate(corpus.Models[candidateIds[c]], scores[c], pValue, drivers);
    }
}
