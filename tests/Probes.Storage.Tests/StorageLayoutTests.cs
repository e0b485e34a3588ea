using Probes.Core.Fingerprints;

namespace Probes.Storage.Tests;

public sealed class StorageLayoutTests
{
    [Theory]
    [InlineData("gpt-4o", "gpt-4o")]
    [InlineData("v1.2_rc-3", "v1.2_rc-3")]
    [InlineData("org/model:latest", "org_model_latest")]
    [InlineData("../../etc", ".._.._etc")]
    [InlineData("a b\tc", "a_b_c")]
    [InlineData("modèle", "mod_le")]
    [InlineData("", "_")]
    [InlineData(null, "_")]
    [InlineData(".", "_")]
    [InlineData("..", "__")]
    [InlineData("...", "...")]
    public void Sanitises_ids_into_one_safe_segment(string? id, string expected)
    {
        Assert.Equal(expected, StorageLayout.SanitizeId(id));
    }

    [Theory]
    [InlineData("org/model")]
    [InlineData("..")]
    [InlineData("")]
    [InlineData("日本語")]
    public void Sanitising_twice_changes_nothing(string id)
    {
        var once = StorageLayout.SanitizeId(id);

        Assert.Equal(once, StorageLayout.SanitizeId(once));
        Assert.True(BlobPath.IsValid(once));
    }

    [Fact]
    public void Builds_the_documented_paths()
    {
        Assert.Equal("campaigns/c1/campaign.json", StorageLayout.Campaign("c1"));
        Assert.Equal("campaigns/c1/org_m/responses/s3-00000042.jsonl.gz",
            StorageLayout.ResponseBatch("c1", "org/m", "s3", 42));
        Assert.Equal("campaigns/c1/org_m/fingerprint.json", StorageLayout.CampaignFingerprint("c1", "org/m"));
        Assert.Equal("fingerprints/org_m/v2-ab12cd.json",
            StorageLayout.IndexedFingerprint(new FingerprintKey("org/m", "v2", "ab12cd")));
    }

    [Fact]
    public void Hostile_ids_never_leave_their_segment()
    {
        var path = StorageLayout.ResponseBatch("../..", "/etc/passwd", "..", 1);

        Assert.True(BlobPath.IsValid(path));
        Assert.Equal(5, path.Split('/').Length);
        Assert.StartsWith("campaigns/", path, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_names_sort_by_sequence_within_a_shard()
    {
        var names = new[] { 10L, 2L, 1L, 100L }.Select(seq => StorageLayout.ResponseBatch("c", "t", "s", seq)).ToList();

        Assert.Equal(names.OrderBy(n => n, StringComparer.Ordinal),
            new[] { 1L, 2L, 10L, 100L }.Select(seq => StorageLayout.ResponseBatch("c", "t", "s", seq)));
    }

    [Fact]
    public void Rejects_negative_sequence_numbers()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StorageLayout.ResponseBatch("c", "t", "s", -1));
    }

    [Fact]
    public void Index_paths_parse_back_to_their_key_splitting_at_the_last_dash()
    {
        var key = new FingerprintKey("org-model", "2025-06-builtin", "0a1b2c3d4e5f");

        Assert.True(StorageLayout.TryParseIndexedFingerprint(StorageLayout.IndexedFingerprint(key), out var parsed));
        Assert.Equal(key, parsed);
    }

    [Theory]
    [InlineData("fingerprints/t/nodash.json")]
    [InlineData("fingerprints/t/-hash.json")]
    [InlineData("fingerprints/t/version-.json")]
    [InlineData("fingerprints/t/v-h.txt")]
    [InlineData("fingerprints/v-h.json")]
    [InlineData("fingerprints/t/extra/v-h.json")]
    [InlineData("campaigns/t/v-h.json")]
    public void Other_files_do_not_parse_as_index_entries(string path)
    {
        Assert.False(StorageLayout.TryParseIndexedFingerprint(path, out _));
    }

    [Theory]
    [InlineData(3, 0, "0003", 0)]
    [InlineData(3, 1, "r1-0003", 1)]
    [InlineData(12, 10, "r10-0012", 10)]
    public void Retry_shards_have_names_of_their_own_and_carry_their_attempt(int shard, int attempt, string name, int parsed)
    {
        Assert.Equal(name, StorageLayout.ShardName(shard, attempt));
        Assert.Equal(parsed, StorageLayout.AttemptOfBatch(StorageLayout.ResponseBatch("c", "t", name, 7)));
    }
}
