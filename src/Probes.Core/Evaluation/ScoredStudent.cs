namespace Probes.Core.Evaluation;

/// <summary>
/// One model whose parent a lineage method must find. <see cref="Expected"/> lists the candidates that count as a
/// right answer (empty for a control); <see cref="Family"/> names the teacher family of a family-level student.
/// </summary>
public sealed record ScoredStudent(string Student, StudentGroup Group, IReadOnlyList<string> Expected, string? Family = null);
