using Probes.Core.Fingerprints;
using Probes.Storage;

namespace Probes.Cli.Output;

/// <summary>Reads fingerprints straight from storage: the analysts' index, or one campaign's copies. No cluster needed.</summary>
public sealed class FingerprintCatalog(ProbeStore store)
{
    public async Task<IReadOnlyList<Fingerprint>> IndexedAsync(CancellationToken cancellationToken)
    {
        var result = new List<Fingerprint>();
        await foreach (var (key, _) in store.ListIndexedFingerprintsAsync(cancellationToken))
        {
            if (await store.ReadIndexedFingerprintAsync(key, cancellationToken) is { } json)
            {
                result.Add(Fingerprint.FromJson(json));
            }
        }
        return result;
    }

    public async Task<IReadOnlyList<Fingerprint>> OfCampaignAsync(string campaignId, CancellationToken cancellationToken)
    {
        var result = new List<Fingerprint>();
        await foreach (var target in store.ListTargetsAsync(campaignId, cancellationToken))
        {
            if (await store.ReadCampaignFingerprintAsync(campaignId, target, cancellationToken) is { } json)
            {
                result.Add(Fingerprint.FromJson(json));
            }
        }
        return result;
    }

    /// <summary>The one fingerprint of a target; with several keys (probe sets, sampling settings) the caller must say which.</summary>
    public static Fingerprint Single(IReadOnlyList<Fingerprint> all, string target)
    {
        var matches = all.Where(f => f.Key.TargetId == target || f.Key.ToString() == target).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new KeyNotFoundException($"no fingerprint for target '{target}' (known: {string.Join(", ", all.Select(f => f.Key.TargetId).Distinct())})"),
            _ => throw new KeyNotFoundException($"target '{target}' has {matches.Count} fingerprints ({string.Join(", ", matches.Select(m => m.Key))}); name one as TARGET/KEY"),
        };
    }
}
