using System.Text;
using Probes.Core.Fingerprints;
using Probes.Core.Records;

namespace Probes.Storage.Tests;

/// <summary>The facade's behaviour, run on both stores: what the grains write, the CLI and analysts read back.</summary>
public abstract class ProbeStoreContract
{
    protected abstract IBlobStore Blobs { get; }

    private ProbeStore Store => new(Blobs);

    [Fact]
    public async Task Reads_all_batches_of_a_target_in_shard_then_sequence_order()
    {
        await Store.WriteBatchAsync("c1", "target-a", "1", 0, Batch(100, 2));
        await Store.WriteBatchAsync("c1", "target-a", "0", 1, Batch(2, 2));
        await Store.WriteBatchAsync("c1", "target-a", "0", 0, Batch(0, 2));
        await Store.WriteBatchAsync("c1", "target-b", "0", 0, Batch(500, 1));

        var items = await ReadItemsAsync("c1", "target-a");

        Assert.Equal([0L, 1, 2, 3, 100, 101], items);
    }

    [Fact]
    public async Task A_retried_batch_replaces_its_first_attempt()
    {
        await Store.WriteBatchAsync("c1", "t", "0", 0, Batch(0, 3));
        await Store.WriteBatchAsync("c1", "t", "0", 0, Batch(0, 3));

        Assert.Equal([0L, 1, 2], await ReadItemsAsync("c1", "t"));
    }

    [Fact]
    public async Task Each_item_resolves_to_its_latest_record_across_retry_attempts()
    {
        ProbeRecord Failed(long item, int attempt) => SampleRecords.Failure(item) with { Attempts = attempt + 1 };
        await Store.WriteBatchAsync("c1", "t", StorageLayout.ShardName(0), 0,
            [SampleRecords.Success(0), Failed(1, 0), Failed(2, 0), Failed(3, 0)]);
        await Store.WriteBatchAsync("c1", "t", StorageLayout.ShardName(0, attempt: 1), 0,
            [SampleRecords.Success(1, "retried"), Failed(2, 1), Failed(3, 1)]);
        await Store.WriteBatchAsync("c1", "t", StorageLayout.ShardName(0, attempt: 2), 0, [SampleRecords.Success(2, "retried twice")]);
        // Attempt 10 lists before attempt 2 by name; resolution goes by the number.
        await Store.WriteBatchAsync("c1", "t", StorageLayout.ShardName(0, attempt: 10), 0, [Failed(3, 10)]);

        var effective = await ToListAsync(Store.ReadRecordsAsync("c1", "t"));

        Assert.Equal([0L, 1, 2, 3], effective.Select(r => r.ItemIndex));
        Assert.Equal(["Paris.", "retried", "retried twice", null], effective.Select(r => r.Response));
        Assert.Equal(11, effective[3].Attempts);
        Assert.Equal(9, (await ToListAsync(Store.ReadStoredRecordsAsync("c1", "t"))).Count);
        Assert.Equal([1L, 2, 3], (await ToListAsync(Store.ReadStoredRecordsAsync("c1", "t", attempt: 1))).Select(r => r.ItemIndex));
        Assert.Equal(10, await Store.LatestAttemptAsync("c1"));
        Assert.Equal(0, await Store.LatestAttemptAsync("c-never-retried"));
    }

    [Fact]
    public async Task A_success_is_not_replaced_by_a_later_error()
    {
        await Store.WriteBatchAsync("c1", "t", StorageLayout.ShardName(0), 0, [SampleRecords.Failure(0)]);
        await Store.WriteBatchAsync("c1", "t", StorageLayout.ShardName(0, attempt: 1), 0, [SampleRecords.Success(0, "fixed")]);
        await Store.WriteBatchAsync("c1", "t", StorageLayout.ShardName(0, attempt: 2), 0, [SampleRecords.Failure(0)]);

        Assert.Equal("fixed", Assert.Single(await ToListAsync(Store.ReadRecordsAsync("c1", "t"))).Response);
    }

    [Fact]
    public async Task Unsafe_ids_are_stored_and_read_under_their_sanitised_names()
    {
        await Store.WriteBatchAsync("c/1", "org/model:latest", "0", 0, Batch(0, 1));

        Assert.Equal([0L], await ReadItemsAsync("c/1", "org/model:latest"));
        Assert.Equal(["c_1"], await ToListAsync(Store.ListCampaignsAsync()));
        Assert.Equal(["org_model_latest"], await ToListAsync(Store.ListTargetsAsync("c/1")));
    }

    [Fact]
    public async Task Lists_campaigns_and_their_targets()
    {
        await Store.WriteCampaignAsync("c2", Utf8("{\"name\":\"two\"}"));
        await Store.WriteBatchAsync("c2", "t-b", "0", 0, Batch(0, 1));
        await Store.WriteBatchAsync("c2", "t-a", "0", 0, Batch(0, 1));
        await Store.WriteBatchAsync("c1", "t-c", "0", 0, Batch(0, 1));

        Assert.Equal(["c1", "c2"], await ToListAsync(Store.ListCampaignsAsync()));
        Assert.Equal(["t-a", "t-b"], await ToListAsync(Store.ListTargetsAsync("c2")));
        Assert.Empty(await ToListAsync(Store.ListTargetsAsync("c3")));
    }

    [Fact]
    public async Task Campaign_documents_round_trip()
    {
        Assert.Null(await Store.ReadCampaignAsync("c1"));

        await Store.WriteCampaignAsync("c1", Utf8("{\"status\":\"running\"}"));
        await Store.WriteCampaignAsync("c1", Utf8("{\"status\":\"done\"}"));

        Assert.Equal("{\"status\":\"done\"}", Encoding.UTF8.GetString((await Store.ReadCampaignAsync("c1"))!));
    }

    [Fact]
    public async Task A_fingerprint_is_written_to_the_campaign_and_to_the_index()
    {
        var key = new FingerprintKey("target-a", "2025-06", "0a1b2c3d4e5f");

        await Store.WriteFingerprintAsync("c1", key, Utf8("{\"n\":1}"));

        Assert.Equal("{\"n\":1}", Encoding.UTF8.GetString((await Store.ReadCampaignFingerprintAsync("c1", "target-a"))!));
        Assert.Equal("{\"n\":1}", Encoding.UTF8.GetString((await Store.ReadIndexedFingerprintAsync(key))!));
        Assert.Null(await Store.ReadCampaignFingerprintAsync("c1", "target-b"));
        Assert.Null(await Store.ReadIndexedFingerprintAsync(key with { SamplingHash = "ffffffffffff" }));
    }

    [Fact]
    public async Task The_index_holds_the_latest_fingerprint_per_key_across_campaigns()
    {
        var key = new FingerprintKey("target-a", "v1", "aaaa");
        var other = new FingerprintKey("target-b", "v1-beta", "bbbb");

        await Store.WriteFingerprintAsync("c1", key, Utf8("old"));
        await Store.WriteFingerprintAsync("c2", key, Utf8("new"));
        await Store.WriteFingerprintAsync("c2", other, Utf8("b"));
        await Blobs.WriteAsync("fingerprints/README.txt", Utf8("not an entry"));

        var entries = await ToListAsync(Store.ListIndexedFingerprintsAsync());

        Assert.Equal([key, other], entries.Select(e => e.Key));
        Assert.Equal(StorageLayout.IndexedFingerprint(other), entries[1].Path);
        Assert.Equal("new", Encoding.UTF8.GetString((await Store.ReadIndexedFingerprintAsync(key))!));
        Assert.Equal("old", Encoding.UTF8.GetString((await Store.ReadCampaignFingerprintAsync("c1", "target-a"))!));
    }

    [Fact]
    public async Task Keys_listed_from_the_index_read_their_own_entry()
    {
        var key = new FingerprintKey("org/model", "v2", "cafe01");
        await Store.WriteFingerprintAsync("c1", key, Utf8("fp"));

        var (listed, _) = Assert.Single(await ToListAsync(Store.ListIndexedFingerprintsAsync()));

        Assert.Equal("org_model", listed.TargetId);
        Assert.Equal("fp", Encoding.UTF8.GetString((await Store.ReadIndexedFingerprintAsync(listed))!));
    }

    [Fact]
    public async Task A_corrupt_batch_is_reported_with_its_path()
    {
        await Store.WriteBatchAsync("c1", "t", "0", 0, Batch(0, 1));
        await Blobs.WriteAsync(StorageLayout.ResponseBatch("c1", "t", "0", 1), Utf8("not gzip at all"));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ReadItemsAsync("c1", "t"));

        Assert.Contains(StorageLayout.ResponseBatch("c1", "t", "0", 1), error.Message, StringComparison.Ordinal);
    }

    private static List<ProbeRecord> Batch(long firstItem, int count) =>
        Enumerable.Range(0, count).Select(i => SampleRecords.Success(firstItem + i)).ToList();

    private async Task<List<long>> ReadItemsAsync(string campaignId, string targetId)
    {
        var items = new List<long>();
        await foreach (var record in Store.ReadRecordsAsync(campaignId, targetId))
        {
            items.Add(record.ItemIndex);
        }
        return items;
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }
        return list;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
