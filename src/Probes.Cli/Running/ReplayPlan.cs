using Probes.Core.Campaigns;
using Probes.Core.Datasets;
using Probes.Core.Specs;

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

    /// <summary>A model name made safe for target ids (blob names, grain keys): other characters become '_'.</summary>
    public static string TargetIdOf(string model) =>
        string.Concat(model.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_'));
}
