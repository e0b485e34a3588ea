namespace Probes.Core.Evaluation;

/// <summary>
/// The evaluation's scoring rules, applied to a lineage method's rankings and verdicts:
/// <list type="bullet">
/// <item>strong and family students: top-1 when an expected candidate is ranked first, top-3 when one is in the first
/// three (for a family student any snapshot of the family counts);</item>
/// <item>a verdict is correct when it names at least one expected parent and nothing else, wrong when it names any
/// candidate outside the expected set (so naming nobody is neither: caution alone earns nothing);</item>
/// <item>a control is flagged when its verdict names any parent.</item>
/// </list>
/// </summary>
public static class EvalMetrics
{
    public static EvalReport Compute(LineageEvaluation evaluation, IReadOnlyDictionary<string, StudentJudgement> judgements)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(judgements);
        var missing = evaluation.Students.Select(s => s.Student).Where(s => !judgements.ContainsKey(s)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"no judgement for scored students: {string.Join(", ", missing)}", nameof(judgements));
        }
        var results = evaluation.Students.Select(s => Score(evaluation, s, judgements[s.Student])).ToList();
        var strong = Group(evaluation, results, StudentGroup.Strong);
        var family = Group(evaluation, results, StudentGroup.Family);
        var controls = Group(evaluation, results, StudentGroup.Control);
        var judged = strong.Concat(family).ToList();
        return new EvalReport(
            StrongTop1: strong.Count(r => r.Result.RankOfExpected == 1),
            StrongTop3: strong.Count(r => r.Result.RankOfExpected <= 3),
            StrongTotal: strong.Count,
            FamilyTop1: family.Count(r => r.Result.RankOfExpected == 1),
            FamilyTop3: family.Count(r => r.Result.RankOfExpected <= 3),
            FamilyTotal: family.Count,
            VerdictCorrect: judged.Count(r => IsCorrect(r.Student, r.Result)),
            VerdictWrong: judged.Count(r => IsWrong(r.Student, r.Result)),
            VerdictTotal: judged.Count,
            ControlsFlagged: controls.Count(r => r.Result.VerdictParents.Count > 0),
            ControlsTotal: controls.Count,
            Students: results);
    }

    private static List<(ScoredStudent Student, StudentResult Result)> Group(
        LineageEvaluation evaluation, List<StudentResult> results, StudentGroup group) =>
        evaluation.Students.Zip(results).Where(pair => pair.First.Group == group).ToList();

    private static bool IsCorrect(ScoredStudent student, StudentResult result) =>
        result.VerdictParents.Count > 0 && result.VerdictParents.All(student.Expected.Contains);

    private static bool IsWrong(ScoredStudent student, StudentResult result) =>
        result.VerdictParents.Any(parent => !student.Expected.Contains(parent));

    private static StudentResult Score(LineageEvaluation evaluation, ScoredStudent student, StudentJudgement judgement)
    {
        CheckRanking(evaluation, student.Student, judgement.Ranking);
        CheckVerdict(evaluation, student.Student, judgement.VerdictParents);
        var rank = judgement.Ranking
            .Select((entry, index) => (entry.Candidate, Rank: index + 1))
            .FirstOrDefault(entry => student.Expected.Contains(entry.Candidate)).Rank;
        return new StudentResult(
            student.Student,
            student.Group.ToString().ToLowerInvariant(),
            student.Expected,
            rank == 0 ? null : rank,
            judgement.VerdictParents,
            judgement.Ranking);
    }

    // Ranks are positions in the list, so the list must rank every candidate once, best score first.
    private static void CheckRanking(LineageEvaluation evaluation, string student, IReadOnlyList<CandidateScore> ranking)
    {
        var ranked = ranking.Select(entry => entry.Candidate).ToList();
        if (ranked.Count != evaluation.Candidates.Count || !ranked.ToHashSet(StringComparer.Ordinal).SetEquals(evaluation.Candidates))
        {
            throw new ArgumentException($"the ranking for '{student}' must list each of the {evaluation.Candidates.Count} candidates once");
        }
        for (var i = 0; i < ranking.Count; i++)
        {
            if (!double.IsFinite(ranking[i].Score) || (i > 0 && ranking[i].Score > ranking[i - 1].Score))
            {
                throw new ArgumentException(
                    $"the ranking for '{student}' must have finite scores, best first (entry {i + 1}: {ranking[i].Candidate} {ranking[i].Score})");
            }
        }
    }

    private static void CheckVerdict(LineageEvaluation evaluation, string student, IReadOnlyList<string> parents)
    {
        if (parents.FirstOrDefault(parent => !evaluation.Candidates.Contains(parent)) is { } stranger)
        {
            throw new ArgumentException($"the verdict for '{student}' names '{stranger}', which is not a candidate");
        }
        if (parents.Distinct(StringComparer.Ordinal).Count() != parents.Count)
        {
            throw new ArgumentException($"the verdict for '{student}' names a parent twice");
        }
    }
}
