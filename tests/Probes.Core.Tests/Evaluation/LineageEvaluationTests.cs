using Probes.Core.Evaluation;
using Probes.Testing;
using Xunit.Abstractions;

namespace Probes.Core.Tests.Evaluation;

/// <summary>The <c>evaluation</c> block of a lineage file: candidates, groups, expected parents, and mistakes rejected.</summary>
public sealed class LineageEvaluationTests(ITestOutputHelper output)
{
    internal const string Small = """
        {
          "description": "documentation the reader does not need",
          "models": { "s1": { "role": "distilled_student" } },
          "evaluation": {
            "note": "free text",
            "candidates": ["A", "B", "C", "D", "E"],
            "strong": [
              { "student": "s1", "expected": ["A"] },
              { "student": "s2", "expected": ["B"] }
            ],
            "family": [
              { "student": "f1", "family": "cd", "expected": ["C", "D"] },
              { "student": "f2", "family": "cd", "expected": ["C", "D"] }
            ],
            "controls": ["k1", "k2"]
          }
        }
        """;

    [Fact]
    public void Reads_candidates_and_every_group_in_order()
    {
        var evaluation = LineageEvaluation.Parse(Small, "lineage.json");

        Assert.Equal(["A", "B", "C", "D", "E"], evaluation.Candidates);
        Assert.Equal(["s1", "s2", "f1", "f2", "k1", "k2"], evaluation.Students.Select(s => s.Student));
        Assert.Equal(["s1", "s2"], evaluation.InGroup(StudentGroup.Strong).Select(s => s.Student));
        var family = evaluation.InGroup(StudentGroup.Family).First();
        Assert.Equal(["C", "D"], family.Expected);
        Assert.Equal("cd", family.Family);
        Assert.All(evaluation.InGroup(StudentGroup.Control), control => Assert.Empty(control.Expected));
    }

    [Theory]
    [InlineData("""{"models": {}}""", "lineage.json: evaluation: required object is missing")]
    [InlineData("""{"evaluation": {"strong": []}}""", "lineage.json: evaluation.candidates: required list is missing")]
    [InlineData("""{"evaluation": {"candidates": []}}""", "lineage.json: evaluation.candidates: must not be empty")]
    [InlineData("""{"evaluation": {"candidates": ["A", "A"]}}""", "lineage.json: evaluation.candidates: 'A' is listed twice")]
    [InlineData("""{"evaluation": {"candidates": ["A"], "strong": [{"student": "s", "expected": ["Z"]}]}}""",
        "lineage.json: evaluation.strong[0].expected: 'Z' is not a candidate")]
    [InlineData("""{"evaluation": {"candidates": ["A"], "family": [{"expected": ["A"]}]}}""",
        "lineage.json: evaluation.family[0].student: required name is missing or empty")]
    [InlineData("""{"evaluation": {"candidates": ["A"], "strong": [{"student": "s", "expected": []}]}}""",
        "lineage.json: evaluation.strong[0].expected: must not be empty")]
    [InlineData("""{"evaluation": {"candidates": ["A"], "strong": [{"student": "s", "expected": ["A"]}], "controls": ["s"]}}""",
        "lineage.json: evaluation: student 's' is scored twice")]
    [InlineData("""{"evaluation": {"candidates": ["A"], "controls": ["A"]}}""",
        "lineage.json: evaluation: 'A' is both a candidate and a scored student")]
    [InlineData("""{"evaluation": {"candidates": ["A"], "controls": [3]}}""", "lineage.json: evaluation.controls[0]: expected a non-empty name")]
    public void Sets_that_cannot_be_scored_are_rejected_with_their_place(string json, string message) =>
        Assert.Equal(message, Assert.Throws<InvalidDataException>(() => LineageEvaluation.Parse(json, "lineage.json")).Message);

    [Fact]
    public void Malformed_json_names_the_source() =>
        Assert.StartsWith("lineage.json: malformed JSON", Assert.Throws<InvalidDataException>(() => LineageEvaluation.Parse("{", "lineage.json")).Message,
            StringComparison.Ordinal);

    [Fact]
    public void The_alpaca_eval_development_set_has_the_documented_groups()
    {
        var path = Path.Combine(SharedEvalData.AlpacaEvalDev, LineageEvaluation.FileName);
        if (!File.Exists(path))
        {
            output.WriteLine($"skipped: the recorded dataset is not on this machine ({path})");
            return;
        }

        var evaluation = LineageEvaluation.ReadFile(path);

        Assert.Equal(22, evaluation.Candidates.Count);
        Assert.Equal(5, evaluation.InGroup(StudentGroup.Strong).Count());
        Assert.Equal(13, evaluation.InGroup(StudentGroup.Family).Count());
        Assert.Equal(3, evaluation.InGroup(StudentGroup.Control).Count());
        Assert.Equal(["text_davinci_003"], evaluation.Students.Single(s => s.Student == "alpaca-7b").Expected);
    }
}
