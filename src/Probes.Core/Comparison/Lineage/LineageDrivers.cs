namespace Probes.Core.Comparison.Lineage;

/// <summary>
/// What drives a candidate's score for a student: the candidate's signature words and openings that the student
/// over-uses most, each shown with both z-scores (student / candidate).
/// </summary>
internal sealed class LineageDrivers(LineageCorpus corpus, LineageStatistics observed, int[] candidateIds, LineageOptions options)
{
    private readonly OveruseScore _words = new(observed.WordFrequencies, options.PriorWeight);

    public IReadOnlyList<string> For(int student, int c)
    {
        var candidate = candidateIds[c];
        return observed.Words.CandidateSignatures[c]
            .Select(g => (Feature: corpus.Words.Vocabulary[g], Student: _words.Z(student, g), Candidate: _words.Z(candidate, g)))
            .OrderByDescending(d => Math.Min(d.Student, d.Candidate))
            .Take(options.Drivers)
            .Select(d => $"\"{d.Feature}\" z {d.Student:F1} / {d.Candidate:F1}")
            .ToList();
    }
}
