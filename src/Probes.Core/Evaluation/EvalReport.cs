using System.Text.Json;
using System.Text.Json.Serialization;

namespace Probes.Core.Evaluation;

/// <summary>
/// The machine-readable result of a lineage evaluation (snake_case JSON): rank-1 and top-3 hits for strong pairs and
/// family-level students, verdicts right and wrong over those students, controls given a parent, and for every
/// scored student its full candidate ranking. Built by <see cref="EvalMetrics.Compute"/>; the command that ran the
/// evaluation adds which prompts it covered.
/// </summary>
public sealed record EvalReport(
    int StrongTop1,
    int StrongTop3,
    int StrongTotal,
    int FamilyTop1,
    int FamilyTop3,
    int FamilyTotal,
    int VerdictCorrect,
    int VerdictWrong,
    int VerdictTotal,
    int ControlsFlagged,
    int ControlsTotal,
    IReadOnlyList<StudentResult> Students)
{
    /// <summary>How many of the dataset's prompts were replayed.</summary>
    public int? Prompts { get; init; }

    /// <summary>"K/N" when only part K of N of the prompts was replayed (every N-th from the K-th); null for all.</summary>
    public string? Part { get; init; }

    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        RespectNullableAnnotations = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, s_json);

    public static EvalReport FromJson(string json) =>
        JsonSerializer.Deserialize<EvalReport>(json, s_json) ?? throw new JsonException("empty evaluation report");
}

/// <summary>
/// One scored student: its group (<c>strong</c>, <c>family</c>, <c>control</c>), the candidates that count as right,
/// the best rank any of them reached (1-based; null for a control), the verdict's named parents, and the ranking.
/// </summary>
public sealed record StudentResult(
    string Student,
    string Group,
    IReadOnlyList<string> Expected,
    int? RankOfExpected,
    IReadOnlyList<string> VerdictParents,
    IReadOnlyList<CandidateScore> Ranking);

/// <summary>A candidate parent and the lineage method's score for it (higher = more likely the parent).</summary>
public sealed record CandidateScore(string Candidate, double Score);
