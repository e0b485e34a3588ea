using System.Text;
using System.Text.Json;
using Probes.Core.Fingerprints;

namespace Probes.Core.Tests.Fingerprints;

public sealed class FingerprintTests
{
    private static readonly FingerprintKey Key = new("target-a", "identity@1", "abc123");

    [Fact]
    public void Error_records_only_increment_the_error_count()
    {
        var fingerprint = new Fingerprint(Key);
        fingerprint.Add(TestRecords.Failure("p1"));
        Assert.Equal((0L, 1L), (fingerprint.RecordCount, fingerprint.ErrorCount));
        Assert.Equal(0, fingerprint.Length.Words.Count);
        Assert.Empty(fingerprint.Answers.ByProbe);
        Assert.Equal(0, fingerprint.Format.Responses);
    }

    [Fact]
    public void Successful_records_reach_every_family()
    {
        var fingerprint = new Fingerprint(Key);
        fingerprint.Add(TestRecords.Success("p1", "Paris, of course.</s>"));
        fingerprint.Add(TestRecords.Success("p1", "paris"));
        Assert.Equal(2, fingerprint.RecordCount);
        Assert.Equal(2, fingerprint.Length.Words.Count);
        Assert.Equal(2, fingerprint.Answers.ByProbe["p1"].Entries[0].Count);
        Assert.Equal(2, fingerprint.Identity.Responses);
        Assert.Equal(2, fingerprint.Format.Responses);
        Assert.True(fingerprint.Lexical.Ngrams.NonZeroCount > 0);
    }

    [Fact]
    public void Fingerprints_of_different_targets_under_the_same_settings_merge()
    {
        var pooled = new Fingerprint(Key);
        pooled.Add(TestRecords.Success("p1", "yes"));
        var other = new Fingerprint(Key with { TargetId = "target-b" });
        other.Add(TestRecords.Success("p1", "no"));
        pooled.Merge(other);
        Assert.Equal(2, pooled.RecordCount);
        Assert.Equal("target-a", pooled.Key.TargetId);
    }

    [Theory]
    [InlineData("identity@2", "abc123")]
    [InlineData("identity@1", "def456")]
    public void Fingerprints_under_other_probe_sets_or_sampling_do_not_merge(string probeSetVersion, string samplingHash)
    {
        var fingerprint = new Fingerprint(Key);
        var other = new Fingerprint(new FingerprintKey("target-a", probeSetVersion, samplingHash));
        var error = Assert.Throws<InvalidOperationException>(() => fingerprint.Merge(other));
        Assert.Contains("different probe set or sampling", error.Message);
    }

    [Fact]
    public void Json_uses_camel_case_with_a_schema_version_and_every_family()
    {
        var fingerprint = new Fingerprint(Key);
        fingerprint.Add(TestRecords.Success("p1", "I am 通义千问 — don't ask"));
        using var document = JsonDocument.Parse(fingerprint.ToJson());
        var root = document.RootElement;
        Assert.Equal(Fingerprint.SchemaVersion, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("identity@1", root.GetProperty("key").GetProperty("probeSetVersion").GetString());
        Assert.Equal(["length", "lexical", "answers", "identity", "format", "probes", "style", "identityClaims", "service"],
            root.GetProperty("families").EnumerateObject().Select(property => property.Name));
        Assert.Contains("\"don't ask\"", Encoding.UTF8.GetString(fingerprint.ToJson()));
    }

    [Theory]
    [InlineData(99, "not supported")]
    [InlineData(1, "Rebuild the fingerprint from the stored records")]
    public void Json_of_another_schema_version_is_rejected(int version, string reason)
    {
        var json = Encoding.UTF8.GetString(new Fingerprint(Key).ToJson())
            .Replace($"\"schemaVersion\":{Fingerprint.SchemaVersion}", $"\"schemaVersion\":{version}");
        var error = Assert.Throws<JsonException>(() => Fingerprint.FromJson(Encoding.UTF8.GetBytes(json)));
        Assert.Contains(version.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void A_version_one_snapshot_without_the_new_families_is_rejected_with_the_reason()
    {
        using var current = JsonDocument.Parse(new Fingerprint(Key).ToJson());
        var families = current.RootElement.GetProperty("families").EnumerateObject()
            .Where(family => family.Name is "length" or "lexical" or "answers" or "identity" or "format")
            .ToDictionary(family => family.Name, family => family.Value);
        var versionOne = JsonSerializer.SerializeToUtf8Bytes(new
        {
            schemaVersion = 1,
            key = current.RootElement.GetProperty("key"),
            recordCount = 0,
            errorCount = 0,
            families,
        });
        var error = Assert.Throws<JsonException>(() => Fingerprint.FromJson(versionOne));
        Assert.Contains("older than this build", error.Message);
    }

    [Fact]
    public void Json_missing_a_family_is_rejected()
    {
        var json = Encoding.UTF8.GetString(new Fingerprint(Key).ToJson()).Replace("\"identity\":", "\"identityOld\":");
        Assert.Throws<JsonException>(() => Fingerprint.FromJson(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void Json_with_sketches_of_other_dimensions_is_rejected()
    {
        var json = Encoding.UTF8.GetString(new Fingerprint(Key).ToJson()).Replace("\"capacity\":512", "\"capacity\":64");
        Assert.Throws<JsonException>(() => Fingerprint.FromJson(Encoding.UTF8.GetBytes(json)));
    }
}
