using System.Runtime.CompilerServices;
using Probes.Core.Fingerprints;
using Probes.Core.Records;

namespace Probes.Storage;

/// <summary>
/// Campaign data as the grains and the CLI see it: record batches, campaign documents and fingerprints at the paths of
/// <see cref="StorageLayout"/>, on whichever <see cref="IBlobStore"/> the process was configured with.
/// Fingerprint and campaign documents are opaque bytes here; their schemas belong to their owners.
/// </summary>
public sealed class ProbeStore(IBlobStore blobs)
{
    public IBlobStore Blobs { get; } = blobs ?? throw new ArgumentNullException(nameof(blobs));

    /// <summary>
    /// Step 1 of the record protocol: the batch's name depends only on (shard, seq), so re-executing a batch after a
    /// crash replaces the first attempt rather than adding to it.
    /// </summary>
    public Task WriteBatchAsync(string campaignId, string targetId, string shard, long seq,
        IReadOnlyList<ProbeRecord> records, CancellationToken cancellationToken = default)
    {
        var path = StorageLayout.ResponseBatch(campaignId, targetId, shard, seq);
        return Blobs.WriteAsync(path, RecordBatchCodec.Encode(records), cancellationToken);
    }

    /// <summary>Every record of one target in a campaign, batch after batch in path order (shard, then seq).</summary>
    public async IAsyncEnumerable<ProbeRecord> ReadRecordsAsync(string campaignId, string targetId,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var prefix = StorageLayout.ResponsesPrefix(campaignId, targetId);
        await foreach (var path in Blobs.ListAsync(prefix, cancellationToken))
        {
            if (!path.EndsWith(StorageLayout.BatchExtension, StringComparison.Ordinal))
            {
                continue;
            }
            var batch = await Blobs.ReadAsync(path, cancellationToken);
            if (batch is null)
            {
                continue;
            }
            foreach (var record in Decode(path, batch))
            {
                yield return record;
            }
        }
    }

    /// <summary>Target folders of a campaign (sanitised target ids).</summary>
    public IAsyncEnumerable<string> ListTargetsAsync(string campaignId, CancellationToken cancellationToken = default) =>
        Blobs.ListFoldersAsync(StorageLayout.CampaignFolder(campaignId), cancellationToken);

    /// <summary>Campaign folders (sanitised campaign ids).</summary>
    public IAsyncEnumerable<string> ListCampaignsAsync(CancellationToken cancellationToken = default) =>
        Blobs.ListFoldersAsync(StorageLayout.CampaignsFolder, cancellationToken);

    public Task WriteCampaignAsync(string campaignId, ReadOnlyMemory<byte> json,
        CancellationToken cancellationToken = default) =>
        Blobs.WriteAsync(StorageLayout.Campaign(campaignId), json, cancellationToken);

    public Task<byte[]?> ReadCampaignAsync(string campaignId, CancellationToken cancellationToken = default) =>
        Blobs.ReadAsync(StorageLayout.Campaign(campaignId), cancellationToken);

    /// <summary>
    /// Writes the campaign's own copy first, then the analysts' index entry, which always holds the latest snapshot
    /// for its key whichever campaign produced it.
    /// </summary>
    public async Task WriteFingerprintAsync(string campaignId, FingerprintKey key, ReadOnlyMemory<byte> json,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await Blobs.WriteAsync(StorageLayout.CampaignFingerprint(campaignId, key.TargetId), json, cancellationToken);
        await Blobs.WriteAsync(StorageLayout.IndexedFingerprint(key), json, cancellationToken);
    }

    public Task<byte[]?> ReadCampaignFingerprintAsync(string campaignId, string targetId,
        CancellationToken cancellationToken = default) =>
        Blobs.ReadAsync(StorageLayout.CampaignFingerprint(campaignId, targetId), cancellationToken);

    public Task<byte[]?> ReadIndexedFingerprintAsync(FingerprintKey key, CancellationToken cancellationToken = default) =>
        Blobs.ReadAsync(StorageLayout.IndexedFingerprint(key), cancellationToken);

    /// <summary>Every entry of the analysts' index, with keys as stored (sanitised ids); other files are skipped.</summary>
    public async IAsyncEnumerable<(FingerprintKey Key, string Path)> ListIndexedFingerprintsAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var path in Blobs.ListAsync(StorageLayout.FingerprintsFolder + "/", cancellationToken))
        {
            if (StorageLayout.TryParseIndexedFingerprint(path, out var key))
            {
                yield return (key, path);
            }
        }
    }

    private static IEnumerable<ProbeRecord> Decode(string path, byte[] batch)
    {
        try
        {
            return RecordBatchCodec.Decode(batch).ToList();
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"Record batch '{path}' is corrupt: {e.Message}", e);
        }
    }
}
