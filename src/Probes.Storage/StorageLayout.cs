using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Probes.Core.Fingerprints;

namespace Probes.Storage;

/// <summary>
/// Where everything lives, for both stores. Ids come from users and model names ("gpt-4o:latest", "org/model"), so
/// each one is sanitised into a single safe path segment before it becomes part of a blob name.
/// </summary>
public static class StorageLayout
{
    public const string CampaignsFolder = "campaigns";
    public const string FingerprintsFolder = "fingerprints";
    public const string BatchExtension = ".jsonl.gz";
    private const string JsonExtension = ".json";

    /// <summary>
    /// Keeps [A-Za-z0-9._-] and replaces every other character with '_'. Never empty, never "." or "..", and applying it
    /// twice changes nothing, so a sanitised id read back from a path maps to the same path again.
    /// </summary>
    public static string SanitizeId(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return "_";
        }
        var sanitized = string.Create(id.Length, id, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                chars[i] = IsAllowed(source[i]) ? source[i] : '_';
            }
        });
        return sanitized switch
        {
            "." => "_",
            ".." => "__",
            _ => sanitized,
        };
    }

    public static string CampaignFolder(string campaignId) => $"{CampaignsFolder}/{SanitizeId(campaignId)}";

    public static string Campaign(string campaignId) => $"{CampaignFolder(campaignId)}/campaign.json";

    public static string TargetFolder(string campaignId, string targetId) =>
        $"{CampaignFolder(campaignId)}/{SanitizeId(targetId)}";

    /// <summary>The prefix under which all of one target's batches lie, listed in (shard, seq) order.</summary>
    public static string ResponsesPrefix(string campaignId, string targetId) =>
        $"{TargetFolder(campaignId, targetId)}/responses/";

    /// <summary>
    /// The name is a function of (shard, seq) alone, so a retried batch overwrites its first attempt instead of adding a
    /// duplicate. Eight digits keep a shard's batches in seq order when listed by name.
    /// </summary>
    public static string ResponseBatch(string campaignId, string targetId, string shard, long seq)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seq);
        var number = seq.ToString("D8", CultureInfo.InvariantCulture);
        return $"{ResponsesPrefix(campaignId, targetId)}{SanitizeId(shard)}-{number}{BatchExtension}";
    }

    /// <summary>
    /// A shard's name in batch blob names: <c>0003</c> for the campaign's own shards, <c>r1-0003</c> for retry attempt 1.
    /// A retry's batches can never take an original batch's name, and originals list before every retry.
    /// </summary>
    public static string ShardName(int shard, int attempt = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(shard);
        ArgumentOutOfRangeException.ThrowIfNegative(attempt);
        var number = shard.ToString("D4", CultureInfo.InvariantCulture);
        return attempt == 0 ? number : string.Create(CultureInfo.InvariantCulture, $"r{attempt}-{number}");
    }

    /// <summary>The retry attempt a batch blob belongs to (0 for the campaign's own run), from its name.</summary>
    public static int AttemptOfBatch(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = path[(path.LastIndexOf('/') + 1)..];
        var dash = name.IndexOf('-');
        return name.Length > 1 && name[0] == 'r' && dash > 1 &&
               int.TryParse(name.AsSpan(1, dash - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var attempt)
            ? attempt
            : 0;
    }

    public static string CampaignFingerprint(string campaignId, string targetId) =>
        $"{TargetFolder(campaignId, targetId)}/fingerprint.json";

    /// <summary>The analysts' index: the latest fingerprint per target and comparable key, across campaigns.</summary>
    public static string IndexedFingerprint(FingerprintKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return $"{FingerprintsFolder}/{SanitizeId(key.TargetId)}/" +
               $"{SanitizeId(key.ProbeSetVersion)}-{SanitizeId(key.SamplingHash)}{JsonExtension}";
    }

    /// <summary>
    /// Reads a key back from an index path. Versions may contain '-' but sampling hashes are hex, so the name splits at
    /// its last '-'. The key holds the sanitised ids, which map back to the same path.
    /// </summary>
    public static bool TryParseIndexedFingerprint(string path, [NotNullWhen(true)] out FingerprintKey? key)
    {
        key = null;
        var segments = path.Split('/');
        if (segments.Length != 3 || segments[0] != FingerprintsFolder ||
            !segments[2].EndsWith(JsonExtension, StringComparison.Ordinal))
        {
            return false;
        }
        var name = segments[2][..^JsonExtension.Length];
        var dash = name.LastIndexOf('-');
        if (dash <= 0 || dash == name.Length - 1 || segments[1].Length == 0)
        {
            return false;
        }
        key = new FingerprintKey(segments[1], name[..dash], name[(dash + 1)..]);
        return true;
    }

    private static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';
}
