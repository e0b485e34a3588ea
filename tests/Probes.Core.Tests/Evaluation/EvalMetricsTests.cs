using Probes.Core.Evaluation;

namespace Probes.Core.Tests.Evaluation;

/// <summary>The scoring rules on hand-made rankings and verdicts, one rule per assertion group.</summary>
public sealed class EvalMetricsTests
{
    private static readonly LineageEvaluation Evaluation = LineageEvaluation.Parse(LineageEvaluationTests.Small, "lineage.json");

    [Fact]
    public void Counts_rank_one_and_top_three_hits_per_group()
    {
        var report = EvalMetrics.Compute(Evaluation, Judgements());

        // s1: A first. s2: B third. f1: D (a family snapshot) first. f2: C fourth.
        Assert.Equal((1, 2, 2), (report.StrongTop1, report.StrongTop3, report.StrongTotal));
        Assert.Equal((1, 1, 2), (report.FamilyTop1, report.FamilyTop3, report.FamilyTotal));
        Assert.Equal([1, 3, 1, 4, null, null], report.Students.Select(s => s.RankOfExpected));
        Assert.Equal(["strong", "strong", "family", "family", "control", "control"], report.Students.Select(s => s.Group));
    }

    [Fact]
    public void A_verdict_is_correct_only_when_it_names_expected_parents_and_nothing_else()
    {
        var report = EvalMetrics.Compute(Evaluation, Judgements());

        // s1 [A] correct; s2 [] neither; f1 [C, A] wrong (A is outside the family); f2 [D] correct.
        Assert.Equal((2, 1, 4), (report.VerdictCorrect, report.VerdictWrong, report.VerdictTotal));
    }

    [Fact]
    public void Naming_several_snapshots_of_the_right_family_is_correct()
    {
        var judgements = Judgements();
        judgements["f1"] = judgements["f1"] with { VerdictParents = ["C", "D"] };

        var report = EvalMetrics.Compute(Evaluation, judgements);

        Assert.Equal((3, 0), (report.VerdictCorrect, report.VerdictWrong));
    }

    [Fact]
    public void A_method_that_never_names_a_parent_scores_nothing_either_way()
    {
        var judgements = Judgements().ToDictionary(p => p.Key, p => p.Value with { VerdictParents = [] });

        var report = EvalMetrics.Compute(Evaluation, judgements);

        Assert.Equal((0, 0, 0), (report.VerdictCorrect, report.VerdictWrong, report.ControlsFlagged));
    }

    [Fact]
    public void A_control_is_flagged_when_its_verdict_names_any_parent()
    {
        var report = EvalMetrics.Compute(Evaluation, Judgements());

        Assert.Equal((1, 2), (report.ControlsFlagged, report.ControlsTotal));
        Assert.Equal(["E"], report.Students.Single(s => s.Student == "k2").VerdictParents);
    }

    [Fact]
    public void Every_scored_student_needs_a_judgement()
    {
        var judgements = Judgements();
        judgements.Remove("f2");
        judgements.Remove("k1");

        var error = Assert.Throws<ArgumentException>(() => EvalMetrics.Compute(Evaluation, judgements));

        Assert.Contains("f2, k1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A B C D", "each of the 5 candidates once")]
    [InlineData("A B C D E E", "each of the 5 candidates once")]
    [InlineData("A B C D Z", "each of the 5 candidates once")]
    public void A_ranking_must_list_every_candidate_once(string order, string problem)
    {
        var judgements = Judgements();
        judgements["s1"] = new StudentJudgement(Ranking(order), []);

        Assert.Contains(problem, Assert.Throws<ArgumentException>(() => EvalMetrics.Compute(Evaluation, judgements)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ranking_must_put_the_best_score_first()
    {
        var judgements = Judgements();
        judgements["s1"] = new StudentJudgement([new("A", 0.1), new("B", 0.9), new("C", 0), new("D", 0), new("E", 0)], []);

        Assert.Contains("best first", Assert.Throws<ArgumentException>(() => EvalMetrics.Compute(Evaluation, judgements)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verdict_may_name_only_candidates()
    {
        var judgements = Judgements();
        judgements["s1"] = judgements["s1"] with { VerdictParents = ["s2"] };

        Assert.Contains("not a candidate", Assert.Throws<ArgumentException>(() => EvalMetrics.Compute(Evaluation, judgements)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_round_trips_through_snake_case_json()
    {
        var report = EvalMetrics.Compute(Evaluation, Judgements());

        var json = report.ToJson();
        var copy = EvalReport.FromJson(json);

        foreach (var field in new[] { "strong_top1", "strong_top3", "strong_total", "family_top1", "family_top3", "family_total",
            "verdict_correct", "verdict_wrong", "controls_flagged", "controls_total", "students", "rank_of_expected", "verdict_parents", "ranking", "candidate", "score" })
        {
            Assert.Contains($"\"{field}\":", json, StringComparison.Ordinal);
        }
        Assert.Equal(report.StrongTop3, copy.StrongTop3);
        Assert.Equal(report.Students.Select(s => (s.Student, s.RankOfExpected)), copy.Students.Select(s => (s.Student, s.RankOfExpected)));
        Assert.Equal(report.Students[0].Ranking, copy.Students[0].Ranking);
    }

    private static Dictionary<string, StudentJudgement> Judgements() => new(StringComparer.Ordinal)
    {
        ["s1"] = new(Ranking("A B C D E"), ["A"]),
        ["s2"] = new(Ranking("C A B D E"), []),
        ["f1"] = new(Ranking("D A B C E"), ["C", "A"]),
        ["f2"] = new(Ranking("A B E C D"), ["D"]),
        ["k1"] = new(Ranking("E D C B A"), []),
        ["k2"] = new(Ranking("E D C B A"), ["E"]),
    };

    /// <summary>Candidates in the given order with strictly falling scores.</summary>
    private static CandidateScore[] Ranking(string order) =>
        order.Split(' ').Select((candidate, i) => new CandidateScore(candidate, 1.0 - i * 0.1)).ToArray();
}
