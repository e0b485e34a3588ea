using Probes.Core.Campaigns;
using Probes.Core.Datasets;
using Probes.Core.Specs;
using Probes.Storage;

namespace Probes.Cli.Running;

/// <summary>
/// The campaign that replays a recorded dataset: one <c>replay</c> target per recorded model, every prompt once.
/// Recorded outputs then take the same path as live ones (work items, record batches, fingerprints).
/// </summary>
public static class ReplayPlan
{
    /// <summary>
    /// Replay ignores decoding settings (each answer was sampled once, under its model's own settings), but they are
    /// part of every fingerprint's key, so the key states what most recorded models were sampled at.
    /// </summary>
    public const double RecordedTemperature = 0.7;

    /// <summary>A nominal bound, also only part of the key: recorded answers were cut by each model's own limit.</summary>
    public const int RecordedMaxTokens = 2048;

    /// <summary>No provider limits a recording: the pace is set by storage and fingerprint folding alone.</summary>
    public static readonly RateSettings Unthrottled = new(600_000, 64);

    public static CampaignPlan For(RecordedDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var targets = dataset.Models
            .Select(model => new TargetSpec(TargetIdOf(model), TargetSpec.ReplayProvider, model, null, null, Unthrottled, dataset.Folder))
            .ToList();
        if (targets.Count == 0)
        {
            throw new InvalidDataException($"dataset '{dataset.Name}' has no recorded models (no {RecordedDataset.ResponsesFolderName}/*.jsonl)");
        }
        if (targets.GroupBy(t => t.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } clash)
        {
            throw new InvalidDataException(
                $"models {string.Join(" and ", clash.Select(t => $"'{t.Model}'"))} would share the target id '{clash.Key}'");
        }
        var spec = new CampaignSpec(
            "eval-" + TargetIdOf(dataset.Name),
            [new ProbeSetReference(null, null, dataset.Folder)],
            SamplesPerProbe: 1,
            new SamplingSettings(RecordedTemperature, RecordedMaxTokens, null),
            targets);
        return new CampaignPlan(spec, [DatasetProbeSet.From(dataset)]);
    }

    /// <summary>A model name made safe for a target id (blob names, grain keys): characters outside [A-Za-z0-9._-] become '_'.</summary>
    public static string TargetIdOf(string model) => StorageLayout.SanitizeId(model);
}
