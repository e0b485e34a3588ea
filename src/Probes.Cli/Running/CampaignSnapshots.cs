using Probes.Grains.Campaigns;
using Probes.Storage;

namespace Probes.Cli.Running;

/// <summary>Reads a campaign's <c>campaign.json</c> from storage; a campaign that is not there is a clear error.</summary>
public static class CampaignSnapshots
{
    public static async Task<CampaignSnapshot> ReadAsync(ProbeStore store, string campaignId, CancellationToken cancellationToken) =>
        CampaignDocument.Read(await ReadDocumentAsync(store, campaignId, cancellationToken));

    /// <summary>The stored <c>campaign.json</c> as written, for callers that pass it on untouched.</summary>
    public static async Task<byte[]> ReadDocumentAsync(ProbeStore store, string campaignId, CancellationToken cancellationToken) =>
        await store.ReadCampaignAsync(campaignId, cancellationToken)
            ?? throw new KeyNotFoundException($"no campaign '{campaignId}' in {store.Blobs.Describe()}");
}
