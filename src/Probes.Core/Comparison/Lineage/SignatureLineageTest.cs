using Probes.Core.Statistics;

namespace Probes.Core.Comparison.Lineage;

/// <summary>
/// The best-parent test. Candidates are ranked by the ranking statistic. The best candidate b is named a parent only
/// if, under BOTH statistics (ranking and confirmation), b is the best and beats every other candidate c:
/// z = (T_b − T_c) / SE, SE the spread of that difference over bootstrap replicates that resample prompts, one-sided
/// p = 1 − Φ(z), Holm over the k − 1 comparisons at α; and if the student over-uses b's signature at all
/// (words-forward above zero, same bootstrap), since the closest of a few unrelated candidates is still unrelated.
/// Requiring every one of these is an intersection–union test, which keeps the level at α without further correction. A sibling that shares the parent's teacher scores close to the
/// parent; the test then cannot separate them and the verdict stays empty rather than guessing.
/// </summary>
public static class SignatureLineageTest
{
    public static IReadOnlyList<LineageVerdict> Run(LineageCorpus corpus, IReadOnlyList<string> students, IReadOnlyList<string> candidates, LineageOptions? options = null)
    {
        options ??= new LineageOptions();
        var studentIds = students.Select(corpus.Words.IndexOf).ToArray();
        var candidateIds = candidates.Select(corpus.Words.IndexOf).ToArray();
        var asObserved = Enumerable.Repeat(1, corpus.PromptCount).ToArray();
        var observed = LineageStatistics.Compute(corpus, asObserved, studentIds, candidateIds, options);

        var replicates = new (double[][] Ranking, double[][] Confirmation, double[][] Forward)[options.Replicates];
        Parallel.For(0, options.Replicates, r =>
        {
            var random = new Random(options.Seed + r);
            var weights = new int[corpus.PromptCount];
            for (var draw = 0; draw < weights.Length; draw++) weights[random.Next(weights.Length)]++;
            var statistics = LineageStatistics.Compute(corpus, weights, studentIds, candidateIds, options);
            replicates[r] = (statistics.Ranking, statistics.Confirmation, statistics.Words.Forward);
        });

        var explain = new LineageDrivers(corpus, observed, candidateIds, options);
        var nearest = NearestCandidates.Find(corpus, asObserved, candidateIds, options);
        return studentIds.Select((student, s) => Verdict(corpus, s, student, candidateIds, observed, replicates, explain, nearest, options)).ToList();
    }

    private static LineageVerdict Verdict(LineageCorpus corpus, int s, int student, int[] candidateIds, LineageStatistics observed,
        (double[][] Ranking, double[][] Confirmation, double[][] Forward)[] replicates, LineageDrivers explain, int[] nearest, LineageOptions options)
    {
        var name = corpus.Models[student];
        var ranking = observed.Ranking[s];
        var order = Enumerable.Range(0, candidateIds.Length).Where(c => !double.IsNaN(ranking[c])).OrderByDescending(c => ranking[c]).ToArray();
        if (order.Length == 0)
        {
            return new LineageVerdict(name, [], [], options.Alpha, "no candidate has a signature to compare with");
        }
        var best = order[0];
        var rankingTest = BestBeatsAll(best, observed.Ranking[s], replicates.Select(r => r.Ranking[s]).ToArray(), options.Alpha);
        var confirmation = observed.Confirmation[s];
        var confirmationBest = Enumerable.Range(0, candidateIds.Length).Where(c => !double.IsNaN(confirmation[c])).DefaultIfEmpty(-1).MaxBy(c => c < 0 ? 0 : confirmation[c]);
        var confirmationTest = BestBeatsAll(best, confirmation, replicates.Select(r => r.Confirmation[s]).ToArray(), options.Alpha);
        var inherits = OneSided(observed.Words.Forward[s][best], replicates.Select(r => r.Forward[s][best])) <= options.Alpha;
        var beatsAll = rankingTest.AllRejected && confirmationBest == best && confirmationTest.AllRejected;
        var named = beatsAll && inherits;

        var candidatesRanked = order.Select(c => new LineageCandidate(
            corpus.Models[candidateIds[c]],
            ranking[c],
            c == best ? null : rankingTest.Adjusted.GetValueOrDefault(c, 1),
            explain.For(student, c),
            nearest[c] < 0 ? null : corpus.Models[candidateIds[nearest[c]]])).ToList();
        var bestName = corpus.Models[candidateIds[best]];
        string verdict;
        if (named)
        {
            verdict = $"parent: {bestName}: beats every other candidate at α = {options.Alpha} (Holm) on the ranking and the leading-words statistics";
        }
        else if (beatsAll)
        {
            verdict = $"no parent named at α = {options.Alpha}: {bestName} is the closest candidate, but {name} does not over-use its signature significantly (closest is not derived)";
        }
        else if (confirmationBest != best && confirmationBest >= 0)
        {
            verdict = $"no parent named at α = {options.Alpha}: the ranking favours {bestName}, the leading words favour {corpus.Models[candidateIds[confirmationBest]]}";
        }
        else
        {
            var rivals = (rankingTest.AllRejected ? confirmationTest : rankingTest).Adjusted
                .Where(p => p.Value > options.Alpha).OrderByDescending(p => p.Value).Take(3)
                .Select(p => $"{corpus.Models[candidateIds[p.Key]]} (adjusted p = {p.Value:G3}{(nearest[p.Key] == best ? $", itself closest to {bestName}" : "")})");
            verdict = $"no parent named at α = {options.Alpha}: {bestName} ranks first but does not beat {string.Join(", ", rivals)}";
        }
        return new LineageVerdict(name, candidatesRanked, named ? [bestName] : [], options.Alpha, verdict);
    }

    private static (bool AllRejected, Dictionary<int, double> Adjusted) BestBeatsAll(int best, double[] observed, double[][] replicates, double alpha)
    {
        var others = Enumerable.Range(0, observed.Length).Where(c => c != best && !double.IsNaN(observed[c])).ToArray();
        if (others.Length == 0 || double.IsNaN(observed[best])) return (false, []);
        var pValues = others.Select(c => OneSided(observed[best] - observed[c], replicates.Select(r => r[best] - r[c]))).ToArray();
        var adjusted = Holm.Adjust(pValues);
        return (adjusted.All(p => p <= alpha), others.Select((c, i) => (c, adjusted[i])).ToDictionary(x => x.c, x => x.Item2));
    }

    private static double OneSided(double observedDifference, IEnumerable<double> replicateDifferences)
    {
        var values = replicateDifferences.Where(d => !double.IsNaN(d)).ToArray();
        if (values.Length < 2) return 1;
        var mean = values.Average();
        var sd = Math.Sqrt(values.Sum(d => (d - mean) * (d - mean)) / (values.Length - 1));
        return sd <= 0 ? (observedDifference > 0 ? 0 : 1) : Normal.UpperTail(observedDifference / sd);
    }
}
