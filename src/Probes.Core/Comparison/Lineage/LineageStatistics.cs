namespace Probes.Core.Comparison.Lineage;

/// <summary>
/// The two statistics of the best-parent test, for one weighting of the prompts (the data as observed, or one
/// bootstrap replicate). Ranking: the sum of three standardised scores (words forward, words reverse, openings
/// forward), each standardised across the candidates for this student so no single view's scale dominates; a view
/// without a score for a candidate is estimated as the mean of its other views.
/// Confirmation: words-forward on the first thirty tokens only, a view in which answer length cannot matter.
/// </summary>
internal sealed class LineageStatistics
{
    private LineageStatistics(double[][] ranking, double[][] confirmation, SignatureScores words, SignatureScores openings, DocumentFrequencies wordFrequencies)
    {
        Ranking = ranking;
        Confirmation = confirmation;
        Words = words;
        Openings = openings;
        WordFrequencies = wordFrequencies;
    }

    public double[][] Ranking { get; }

    public double[][] Confirmation { get; }

    public SignatureScores Words { get; }

    public SignatureScores Openings { get; }

    public DocumentFrequencies WordFrequencies { get; }

    public static LineageStatistics Compute(LineageCorpus corpus, int[] weights, int[] students, int[] candidates, LineageOptions options)
    {
        var wordFrequencies = new DocumentFrequencies(corpus.Words, weights);
        var words = SignatureScores.Compute(wordFrequencies, students, candidates, options);
        var openings = SignatureScores.Compute(new DocumentFrequencies(corpus.Openings, weights), students, candidates, options);
        var leading = SignatureScores.Compute(new DocumentFrequencies(corpus.LeadingWords, weights), students, candidates, options);
        var ranking = new double[students.Length][];
        for (var s = 0; s < students.Length; s++)
        {
            var a = Standardise(words.Forward[s]);
            var b = Standardise(words.Reverse[s]);
            var c = Standardise(openings.Forward[s]);
            ranking[s] = new double[candidates.Length];
            for (var k = 0; k < candidates.Length; k++)
            {
                ranking[s][k] = candidates[k] == students[s] ? double.NaN : SumEstimatingMissing(a[k], b[k], c[k]);
            }
        }
        return new LineageStatistics(ranking, leading.Forward, words, openings, wordFrequencies);
    }

    /// <summary>
    /// A view without a score for a candidate (it over-uses nothing in that view, or the student nothing, for reverse)
    /// is estimated from the candidate's other views, which measure the same closeness: the sum is the mean of the
    /// views present times their number. Leaving the candidate out instead would rank it nowhere, and an analyst (or an
    /// evaluation) must see every candidate ranked. With no view at all it sits in the middle, at 0.
    /// </summary>
    private static double SumEstimatingMissing(params ReadOnlySpan<double> views)
    {
        double sum = 0;
        var present = 0;
        foreach (var view in views)
        {
            if (double.IsNaN(view)) continue;
            sum += view;
            present++;
        }
        return present == 0 ? 0 : sum * views.Length / present;
    }

    /// <summary>(x − mean) / sd over the candidates with a value (population sd); NaN stays NaN.</summary>
    private static double[] Standardise(double[] values)
    {
        var present = values.Where(v => !double.IsNaN(v)).ToArray();
        if (present.Length < 2) return values.Select(_ => double.NaN).ToArray();
        var mean = present.Average();
        var sd = Math.Sqrt(present.Sum(v => (v - mean) * (v - mean)) / present.Length);
        return values.Select(v => sd > 0 ? (v - mean) / sd : 0).ToArray();
    }
}
