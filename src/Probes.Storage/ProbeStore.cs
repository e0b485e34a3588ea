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

    /// <summary>
    /// One effective record per work item of one target, in batch order (shard, then seq): where retry attempts
    /// re-ran failed items, the item's latest record stands in place of its first (see <see cref="LatestRecords"/>).
    /// Every reader of results (fingerprint checks, same-model tests, evaluation) reads through this.
    /// </summary>
    public async IAsyncEnumerable<ProbeRecord> ReadRecordsAsync(string campaignId, string targetId,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var paths = await BatchPathsAsync(campaignId, targetId, cancellationToken);
        var latest = new LatestRecords();
        foreach (var (path, attempt) in paths.Where(p => p.Attempt > 0).OrderBy(p => p.Attempt))
        {
            await foreach (var record in ReadBatchAsync(path, cancellationToken))
            {
                latest.AddRetry(record, attempt);
            }
        }
        foreach (var (path, _) in paths.Where(p => p.Attempt == 0))
        {
            await foreach (var record in ReadBatchAsync(path, cancellationToken))
            {
                yield return latest.Resolve(record);
            }
        }
        foreach (var record in latest.Unresolved())
        {
            yield return record;
        }
    }

    /// <summary>
    /// Every record as stored, superseded ones included, batch after batch in path order; only those of one retry
    /// attempt when <paramref name="attempt"/> is given (0 is the campaign's own run).
    /// </summary>
    public async IAsyncEnumerable<ProbeRecord> ReadStoredRecordsAsync(string campaignId, string targetId, int? attempt = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var (path, batchAttempt) in await BatchPathsAsync(campaignId, targetId, cancellationToken))
        {
            if (attempt is null || attempt == batchAttempt)
            {
                await foreach (var record in ReadBatchAsync(path, cancellationToken))
                {
                    yield return record;
                }
            }
        }
    }

    /// <summary>The highest retry attempt with a batch in any target of the campaign; 0 when it was never retried.</summary>
    public async Task<int> LatestAttemptAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        var latest = 0;
        await foreach (var target in ListTargetsAsync(campaignId, cancellationToken))
        {
            foreach (var (_, attempt) in await BatchPathsAsync(campaignId, target, cancellationToken))
            {
                latest = Math.Max(latest, attempt);
            }
        }
        return latest;
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

    private async Task<List<(string Path, int Attempt)>> BatchPathsAsync(string campaignId, string targetId, CancellationToken cancellationToken)
    {
        var paths = new List<(string, int)>();
        await foreach (var path in Blobs.ListAsync(StorageLayout.ResponsesPrefix(campaignId, targetId), cancellationToken))
        {
            if (path.EndsWith(StorageLayout.BatchExtension, StringComparison.Ordinal))
            {
                paths.Add((path, StorageLayout.AttemptOfBatch(path)));
            }
        }
        return paths;
    }

    private async IAsyncEnumerable<ProbeRecord> ReadBatchAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (await Blobs.ReadAsync(path, cancellationToken) is { } batch)
        {
            foreach (var record in Decode(path, batch))
            {
                yield return record;
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
