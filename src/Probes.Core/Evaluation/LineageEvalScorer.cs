using Probes.Core.Comparison.Lineage;

namespace Probes.Core.Evaluation;

/// <summary>
/// Scores the lineage test (<see cref="SignatureLineageTest"/>) on a replayed dataset: every model of the dataset is
/// the population its over-use statistics are measured against, the evaluation's candidates are the possible
/// parents, and each scored student gets the test's ranking and its verdict at the default significance.
/// </summary>
public sealed class LineageEvalScorer(LineageOptions? options = null) : IEvalScorer
{
    public EvalReport Score(EvalCorpus corpus, LineageEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(evaluation);
        var responses = corpus.Responses.ToDictionary(
            model => model.Key,
            model => (IReadOnlyList<(string Prompt, string? Text)>)model.Value.Select(r => (r.Key, (string?)r.Value)).ToList());
        var students = evaluation.Students.Select(s => s.Student).ToList();
        var verdicts = SignatureLineageTest.Run(LineageCorpus.Build(responses), students, evaluation.Candidates, options);
        var judgements = verdicts.ToDictionary(
            v => v.Student,
            v => new StudentJudgement(v.Ranking.Select(c => new CandidateScore(c.Candidate, c.Score)).ToList(), v.Parents));
        return EvalMetrics.Compute(evaluation, judgements);
    }
}
