namespace Probes.Core.Comparison.Lineage;

/// <summary>
/// Each candidate's own closest candidate, by the ranking statistic with that candidate in the student's place. It
/// helps an analyst read a tie: when a rival the parent cannot beat is itself closest to the parent, the two are
/// likely a model and a descendant of it, or two descendants of one teacher, and text alone cannot say which one the
/// student learned from. It is context for the reader only; the verdict does not use it.
/// </summary>
internal static class NearestCandidates
{
    /// <param name="weights">The prompt weights of the data as observed (one each).</param>
    /// <returns>Per candidate index, the index of its closest other candidate, or -1 when none has a score.</returns>
    public static int[] Find(LineageCorpus corpus, int[] weights, int[] candidateIds, LineageOptions options)
    {
        var ranking = LineageStatistics.Compute(corpus, weights, candidateIds, candidateIds, options).Ranking;
        return ranking.Select(ArgMax).ToArray();
    }

    private static int ArgMax(double[] scores)
    {
        var best = -1;
        for (var c = 0; c < scores.Length; c++)
        {
            if (!double.IsNaN(scores[c]) && (best < 0 || scores[c] > scores[best])) best = c;
        }
        return best;
    }
}
