using Probes.Core.Fingerprints;
using Probes.Core.Records;
using Probes.Core.Text;

namespace Probes.Core.Evaluation;

/// <summary>
/// What a lineage scorer reads after a replay: per model, the fingerprint its campaign folded, and its responses by
/// prompt id, normalised as the fingerprint saw them (pipeline artefacts such as a leading space or a trailing
/// end-of-sequence marker would otherwise identify a serving stack, not a model). Failed items have no response.
/// </summary>
public sealed record EvalCorpus(
    IReadOnlyDictionary<string, Fingerprint> Fingerprints,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Responses)
{
    /// <summary>Models with a fingerprint, in ordinal order.</summary>
    public IReadOnlyList<string> Models => Fingerprints.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// One model's successful records as prompt id → normalised response. An evaluation replays each prompt once,
    /// so a second record for the same probe means the records were mixed up and is an error, not a sample.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ResponsesOf(IEnumerable<ProbeRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var responses = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in records.Where(r => r.Succeeded))
        {
            if (!responses.TryAdd(record.ProbeId, TextNormalizer.Normalize(record.Response)))
            {
                throw new InvalidDataException(
                    $"target '{record.TargetId}' has more than one successful record for probe '{record.ProbeId}'");
            }
        }
        return responses;
    }
}
