namespace Probes.Core.Comparison.Lineage;

/// <summary>One candidate parent of one student, as ranked by the lineage score.</summary>
/// <param name="PValue">Holm-adjusted p-value of "the best candidate beats this one" (null for the best itself).</param>
/// <param name="Drivers">Features in the candidate's signature that the student over-uses most, with both z-scores.</param>
/// <param name="ClosestCandidate">The candidate this one is itself closest to, with it in the student's place (null
/// when there is none): a rival tied with the best and closest to it is likely its descendant or sibling.</param>
public sealed record LineageCandidate(string Candidate, double Score, double? PValue, IReadOnlyList<string> Drivers, string? ClosestCandidate);

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
