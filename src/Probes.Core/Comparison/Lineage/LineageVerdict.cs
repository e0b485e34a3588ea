namespace Probes.Core.Comparison.Lineage;

/// <summary>One candidate parent of one student, as ranked by the lineage score.</summary>
/// <param name="PValue">Holm-adjusted p-value of "the best candidate beats this one" (null for the best itself).</param>
/// <param name="Drivers">Features in the candidate's signature that the student over-uses most, with both z-scores.</param>
public sealed record LineageCandidate(string Candidate, double Score, double? PValue, IReadOnlyList<string> Drivers);

/// <summary>
/// The answer for one student: candidates ranked, most likely parent first, and the verdict: the set of parents the
/// test names at <see cref="Alpha"/> (the best candidate, when it beats every other one after Holm's correction;
/// otherwise none).
/// </summary>
public sealed record LineageVerdict(
    string Student,
    IReadOnlyList<LineageCandidate> Ranking,
    IReadOnlyList<string> Parents,
    double Alpha,
    string Verdict);
