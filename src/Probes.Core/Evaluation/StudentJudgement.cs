namespace Probes.Core.Evaluation;

/// <summary>
/// What a lineage method says about one student: every candidate ranked, most likely parent first, and the verdict
/// at its default significance (the named parents, possibly none).
/// </summary>
public sealed record StudentJudgement(IReadOnlyList<CandidateScore> Ranking, IReadOnlyList<string> VerdictParents);
