namespace Probes.Core.Comparison.Lineage;

/// <summary>
/// A model's signature is the set of features it over-uses significantly. Forward: how strongly the student
/// over-uses the candidate's signature (a distilled student inherits its teacher's habits, words the rest of the
/// population does not favour, even on prompts the teacher never answered for it). Reverse: how strongly the
/// candidate over-uses the student's signature (a teacher explains its student's habits; a model that merely shares
/// a base model explains fewer of them). Both are means of z-scores clipped at ±<see cref="LineageOptions.Clip"/>.
/// </summary>
internal sealed class SignatureScores
{
    private SignatureScores(int[][] candidateSignatures, double[][] forward, double[][] reverse)
    {
        CandidateSignatures = candidateSignatures;
        Forward = forward;
        Reverse = reverse;
    }

    public int[][] CandidateSignatures { get; }

    /// <summary>[student][candidate]; NaN where the candidate is the student or has no signature.</summary>
    public double[][] Forward { get; }

    /// <summary>[student][candidate]; NaN where the candidate is the student or the student has no signature.</summary>
    public double[][] Reverse { get; }

    public static SignatureScores Compute(DocumentFrequencies df, IReadOnlyList<int> students, IReadOnlyList<int> candidates, LineageOptions options)
    {
        var overuse = new OveruseScore(df, options.PriorWeight);
        var signatures = new Dictionary<int, int[]>();
        int[] SignatureOf(int model)
        {
            if (signatures.TryGetValue(model, out var cached)) return cached;
            var counts = df.Counts[model];
            var signature = new List<int>();
            for (var g = 0; g < counts.Length; g++)
            {
                // A feature the model never uses cannot be over-used by it: skip the logarithms.
                if (counts[g] > 0 && overuse.Z(model, g) > options.SignatureZ) signature.Add(g);
            }
            return signatures[model] = [.. signature];
        }

        var forward = new double[students.Count][];
        var reverse = new double[students.Count][];
        for (var s = 0; s < students.Count; s++)
        {
            forward[s] = new double[candidates.Count];
            reverse[s] = new double[candidates.Count];
            var own = SignatureOf(students[s]);
            for (var c = 0; c < candidates.Count; c++)
            {
                var same = candidates[c] == students[s];
                var theirs = SignatureOf(candidates[c]);
                forward[s][c] = same || theirs.Length == 0 ? double.NaN : Mean(overuse, students[s], theirs, options.Clip);
                reverse[s][c] = same || own.Length == 0 ? double.NaN : Mean(overuse, candidates[c], own, options.Clip);
            }
        }
        return new SignatureScores(candidates.Select(SignatureOf).ToArray(), forward, reverse);
    }

    private static double Mean(OveruseScore overuse, int model, int[] signature, double clip)
    {
        var sum = 0.0;
        foreach (var g in signature) sum += Math.Clamp(overuse.Z(model, g), -clip, clip);
        return sum / signature.Length;
    }
}
