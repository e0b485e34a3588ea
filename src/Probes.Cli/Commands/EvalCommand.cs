using Probes.Cli.CommandLine;
using Probes.Cli.Output;
using Probes.Cli.Running;
using Probes.Contracts;
using Probes.Core.Datasets;
using Probes.Core.Evaluation;
using Probes.Storage;

namespace Probes.Cli.Commands;

/// <summary>
/// <c>probes eval --dataset DIR [--part K/N] [--json FILE] [--data DIR]</c>: replays every model of a recorded dataset
/// through an embedded campaign, reads back each model's fingerprint and responses, and scores a lineage method against
/// the dataset's <c>lineage.json</c>. <c>--part</c> replays only every N-th prompt from the K-th, to check that the
/// figures hold on prompts they were not measured on. Records go to a temporary folder that is deleted afterwards,
/// unless <c>--data</c> names one to keep.
/// </summary>
public static class EvalCommand
{
    public static async Task<int> RunAsync(Arguments args, TextWriter output, IEvalScorer scorer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        args.Allow("dataset", "json", "data", "part");
        var whole = RecordedDataset.Open(args.Option("dataset") ?? throw new UsageException("missing --dataset DIR (a recorded dataset folder)"));
        var (dataset, part) = args.Option("part") is { } text ? PartOf(whole, text) : (whole, null);
        var reportPath = ReportPath(args);
        var evaluation = ReadEvaluation(dataset);
        var plan = ReplayPlan.For(dataset);

        var keptData = args.Option("data");
        var dataFolder = keptData is null ? Directory.CreateTempSubdirectory("probes-eval-").FullName : Path.GetFullPath(keptData);
        try
        {
            var storage = new StorageOptions { Kind = StorageKinds.Local, Folder = dataFolder };
            var prompts = part is null ? $"{dataset.Prompts.Count} prompts" : $"{dataset.Prompts.Count} of {whole.Prompts.Count} prompts (part {part})";
            output.WriteLine($"Replaying the recorded outputs of {dataset.Models.Count} models on {prompts} ({dataset.Name}).");
            var (campaignId, progress) = await CampaignRunner.RunAsync(plan, storage, output, cancellationToken);
            if (progress.Status != CampaignStatus.Completed)
            {
                return 1;
            }
            var store = new ProbeStore(BlobStoreFactory.Create(storage));
            var corpus = await new EvalCorpusReader(store).ReadAsync(campaignId, plan, cancellationToken);
            var report = scorer.Score(corpus, evaluation) with { Prompts = dataset.Prompts.Count, Part = part };
            output.WriteLine();
            output.WriteLine(EvalReportTable.Render(report));
            if (reportPath is not null)
            {
                await File.WriteAllTextAsync(reportPath, report.ToJson(), cancellationToken);
                output.WriteLine($"Report: {Path.GetFullPath(reportPath)}");
            }
            if (keptData is not null)
            {
                output.WriteLine($"Records and fingerprints: {dataFolder}");
            }
            return 0;
        }
        finally
        {
            if (keptData is null)
            {
                Directory.Delete(dataFolder, recursive: true);
            }
        }
    }

    /// <returns>The part, and its label "K/N" for the output and the report.</returns>
    private static (RecordedDataset Part, string? Label) PartOf(RecordedDataset whole, string text)
    {
        var fields = text.Split('/');
        if (fields.Length != 2 || !int.TryParse(fields[0], out var part) || !int.TryParse(fields[1], out var parts) || parts < 2 || part < 1 || part > parts)
        {
            throw new UsageException($"--part takes K/N with N at least 2 and K from 1 to N (every N-th prompt from the K-th), not '{text}'");
        }
        var dataset = whole.Part(part, parts);
        return dataset.Prompts.Count > 0
            ? (dataset, $"{part}/{parts}")
            : throw new UsageException($"part {part}/{parts} of {whole.Prompts.Count} prompts holds none");
    }

    private static string? ReportPath(Arguments args) =>
        args.Positional.Count == 0 ? args.Option("json") : throw new UsageException($"unexpected argument '{args.Positional[0]}'");

    // Checked before the replay starts: a model the evaluation names but the dataset never recorded cannot be scored.
    private static LineageEvaluation ReadEvaluation(RecordedDataset dataset)
    {
        var path = Path.Combine(dataset.Folder, LineageEvaluation.FileName);
        if (!File.Exists(path))
        {
            throw new UsageException($"the dataset has no {LineageEvaluation.FileName} to score against (looked at {path})");
        }
        var evaluation = LineageEvaluation.ReadFile(path);
        var unrecorded = evaluation.Candidates.Concat(evaluation.Students.Select(s => s.Student)).Where(m => !dataset.HasModel(m)).ToList();
        return unrecorded.Count == 0
            ? evaluation
            : throw new KeyNotFoundException($"{path} names models with no recorded responses: {string.Join(", ", unrecorded)}");
    }
}
