using Probes.Cli.Output;
using Probes.Core.Campaigns;
using Probes.Core.Evaluation;
using Probes.Storage;

namespace Probes.Cli.Running;

/// <summary>
/// Reads a finished replay campaign back from storage into an <see cref="EvalCorpus"/>: each model's fingerprint as
/// its campaign folded it, and its records as normalised responses, so a scorer sees exactly what was stored.
/// </summary>
public sealed class EvalCorpusReader(ProbeStore store)
{
    public async Task<EvalCorpus> ReadAsync(string campaignId, CampaignPlan plan, CancellationToken cancellationToken)
    {
        var modelByTarget = plan.Spec.Targets.ToDictionary(t => t.Id, t => t.Model, StringComparer.Ordinal);
        var fingerprints = (await new FingerprintCatalog(store).OfCampaignAsync(campaignId, cancellationToken))
            .Where(f => modelByTarget.ContainsKey(f.Key.TargetId))
            .ToDictionary(f => modelByTarget[f.Key.TargetId], StringComparer.Ordinal);
        var responses = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (targetId, model) in modelByTarget)
        {
            if (!fingerprints.ContainsKey(model))
            {
                throw new InvalidDataException($"campaign '{campaignId}' has no fingerprint for target '{targetId}'");
            }
            var records = await store.ReadRecordsAsync(campaignId, targetId, cancellationToken).ToListAsync(cancellationToken);
            responses[model] = EvalCorpus.ResponsesOf(records);
        }
        return new EvalCorpus(fingerprints, responses);
    }
}
