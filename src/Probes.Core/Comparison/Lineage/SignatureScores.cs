namespace Probes.Core.Comparison.Lineage;

/// <summary>
/// A candidate's signature is the set of features it over-uses significantly; a student's score against the
/// candidate is how strongly the student over-uses that same set (the mean of its clipped over-use z-scores).
/// A model distilled from a teacher inherits the teacher's habits, words the rest of the population does not favour,
/// even on prompts the teacher never answered for it; models that merely share a base model share fewer of them.
/// </summary>
internal sealed class SignatureScores
{
    private SignatureScores(int[][] signatures, double[][] scores)
    {
        Signatures = signatures;
        Scores = scores;
    }

    /// <summary>Per candidate: its signature's feature ids.</summary>
    public int[][] Signatures { get; }

    /// <summary>Per student, per candidate: the score (NaN when the candidate has no signature or is the student).</summary>
    public double[][] Scores { get; }

    public static SignatureScores Compute(DocumentFrequencies df, IReadOnlyList<int> students, IReadOnlyList<int> candidates, LineageOptions options)
    {
        var overuse = Overuse.For(df, options);
        var signatures = new int[candidates.Count][];
        for (var c = 0; c < candidates.Count; c++)
        {
            var model = candidates[c];
            var counts = df.Counts[model];
            var signature = new List<int>();
            for (var g = 0; g < counts.Length; g++)
            {
                // A feature the candidate never uses cannot be over-used by it: skip the logarithms.
                if (counts[g] > 0 && overuse.Z(model, g) > options.SignatureZ) signature.Add(g);
            }
            signatures[c] = [.. signature];
        }
        var scores = new double[students.Count][];
        for (var s = 0; s < students.Count; s++)
        {
            scores[s] = new double[candidates.Count];
            for (var c = 0; c < candidates.Count; c++)
            {
                scores[s][c] = candidates[c] == students[s] || signatures[c].Length == 0
                    ? double.NaN
                    : Score(overuse, students[s], signatures[c], options.Clip);
            }
        }
        return new SignatureScores(signatures, scores);
    }

    public static double Score(IOveruse overuse, int student, int[] signature, double clip)
    {
        var sum = 0.0;
        foreach (var g in signature) sum += Math.Clamp(overuse.Z(student, g), -clip, clip);
        return sum / signature.Length;
    }
}
