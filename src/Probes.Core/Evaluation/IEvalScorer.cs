namespace Probes.Core.Evaluation;

/// <summary>
/// A lineage method under evaluation: ranks every candidate parent for every scored student from the replayed
/// corpus, gives its verdict at its default significance, and reports through <see cref="EvalMetrics.Compute"/>.
/// </summary>
public interface IEvalScorer
{
    EvalReport Score(EvalCorpus corpus, LineageEvaluation evaluation);
}
