using Probes.Core.Records;

namespace Probes.Storage;

/// <summary>
/// Resolves each work item to its one effective record when retry attempts have written more than one: a success
/// wins over an error (only failed items are ever retried, so a success is final), and between records of the same
/// outcome the later attempt wins. Holds only the retried items, which are few next to a campaign's records.
/// </summary>
internal sealed class LatestRecords
{
    private readonly Dictionary<long, (ProbeRecord Record, int Attempt)> _retried = [];

    public void AddRetry(ProbeRecord record, int attempt)
    {
        if (!_retried.TryGetValue(record.ItemIndex, out var current) || Wins(record, attempt, current.Record, current.Attempt))
        {
            _retried[record.ItemIndex] = (record, attempt);
        }
    }

    /// <summary>The effective record of an item of the campaign's own run; each item is resolved once.</summary>
    public ProbeRecord Resolve(ProbeRecord original) =>
        _retried.Remove(original.ItemIndex, out var later) && Wins(later.Record, later.Attempt, original, 0) ? later.Record : original;

    /// <summary>Retried items without an original record (never expected; kept rather than dropped), in index order.</summary>
    public IEnumerable<ProbeRecord> Unresolved() => _retried.OrderBy(entry => entry.Key).Select(entry => entry.Value.Record);

    private static bool Wins(ProbeRecord candidate, int candidateAttempt, ProbeRecord current, int currentAttempt) =>
        candidate.Succeeded != current.Succeeded ? candidate.Succeeded : candidateAttempt > currentAttempt;
}
