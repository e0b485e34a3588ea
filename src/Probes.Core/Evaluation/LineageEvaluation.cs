namespace Probes.Core.Evaluation;

/// <summary>
/// The authoritative scoring groups of a lineage dataset (the <c>evaluation</c> block of its <c>lineage.json</c>):
/// the candidate parents, and each scored student with its group and the candidates that count as a right answer.
/// </summary>
public sealed record LineageEvaluation(IReadOnlyList<string> Candidates, IReadOnlyList<ScoredStudent> Students)
{
    public const string FileName = "lineage.json";

    public IEnumerable<ScoredStudent> InGroup(StudentGroup group) => Students.Where(s => s.Group == group);

    public static LineageEvaluation ReadFile(string path) =>
        File.Exists(path)
            ? LineageEvaluationReader.Read(File.ReadAllText(path), path)
            : throw new FileNotFoundException($"lineage file not found: {path}", path);

    /// <param name="source">Named in error messages.</param>
    public static LineageEvaluation Parse(string json, string source) => LineageEvaluationReader.Read(json, source);
}
