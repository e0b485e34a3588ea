using System.Globalization;
using System.Text.RegularExpressions;
using Probes.Core.Comparison.SameModel;
using Probes.Storage;

namespace Probes.Cli.Output;

/// <summary>Reads one target's raw completions from a campaign in storage, and finds a target's latest campaign.</summary>
public sealed partial class CampaignRecords(ProbeStore store)
{
    public async Task<CompletionSample> ReadAsync(string campaignId, string targetId, CancellationToken cancellationToken)
    {
        var records = new List<Core.Records.ProbeRecord>();
        await foreach (var record in store.ReadRecordsAsync(campaignId, targetId, cancellationToken))
        {
            records.Add(record);
        }
        return records.Count > 0
            ? CompletionSample.FromRecords(records)
            : throw new KeyNotFoundException($"campaign '{campaignId}' holds no records of target '{targetId}'");
    }

    /// <summary>The most recent campaign that has a folder for the target; see <see cref="Latest"/> for the order.</summary>
    public async Task<string> LatestWithAsync(string targetId, CancellationToken cancellationToken)
    {
        var folder = StorageLayout.SanitizeId(targetId);
        var holding = new List<string>();
        await foreach (var campaign in store.ListCampaignsAsync(cancellationToken))
        {
            await foreach (var target in store.ListTargetsAsync(campaign, cancellationToken))
            {
                if (target == folder)
                {
                    holding.Add(campaign);
                    break;
                }
            }
        }
        return Latest(holding) ?? throw new KeyNotFoundException($"no campaign in storage holds target '{targetId}'");
    }

    /// <summary>
    /// Campaign ids are <c>{name}-{yyyyMMdd-HHmmss}-{suffix}</c> with the start time in UTC, so the latest is the one with
    /// the greatest timestamp whatever its name; ids without one count as older than any that has one.
    /// </summary>
    public static string? Latest(IEnumerable<string> campaignIds) => campaignIds
        .OrderBy(id => StartedAt(id) ?? DateTime.MinValue)
        .ThenBy(id => id, StringComparer.Ordinal)
        .LastOrDefault();

    private static DateTime? StartedAt(string campaignId)
    {
        var match = Timestamp().Match(campaignId);
        return match.Success && DateTime.TryParseExact(match.Groups[1].Value, "yyyyMMdd-HHmmss", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var started)
            ? started
            : null;
    }

    [GeneratedRegex(@"-(\d{8}-\d{6})-[0-9a-f]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Timestamp();
}
