using System.Text.Json;
using Probes.Cli.CommandLine;
using Probes.Cli.Output;
using Probes.Core.Comparison;
using Probes.Core.Comparison.Population;
using Probes.Storage;

namespace Probes.Cli.Commands;

/// <summary>
/// <c>probes fp list | show | compare | matrix | identify | same [--storage …] [--json]</c>: read fingerprints (and,
/// for <c>same</c>, raw completions) straight from storage; no cluster needed.
/// </summary>
public static class FingerprintCommand
{
    private static string[] OptionsOf(string verb) => verb switch
    {
        "matrix" => ["format", "key"],
        "identify" => ["fpr"],
        "same" => SameModelCommand.OptionNames,
        "lineage" => LineageCommand.OptionNames,
        _ => [],
    };

    public static async Task<int> RunAsync(Arguments args, TextWriter output, CancellationToken cancellationToken)
    {
        var verb = args.Required(0, "fp subcommand (list, show, compare, matrix, identify, same, lineage)");
        args.Allow([.. StorageArguments.Names, "json", .. OptionsOf(verb)]);
        var json = args.Has("json");
        var store = new ProbeStore(BlobStoreFactory.Create(StorageArguments.Read(args)));
        Task<IReadOnlyList<Core.Fingerprints.Fingerprint>> Indexed() => new FingerprintCatalog(store).IndexedAsync(cancellationToken);
        switch (verb)
        {
            case "list":
                var rows = (await Indexed()).OrderBy(f => f.Key.TargetId, StringComparer.Ordinal)
                    .Select(f => new { targetId = f.Key.TargetId, probeSetVersion = f.Key.ProbeSetVersion, samplingHash = f.Key.SamplingHash, recordCount = f.RecordCount, errorCount = f.ErrorCount })
                    .ToList();
                if (json)
                {
                    output.WriteLine(JsonSerializer.Serialize(rows, CliJson.Options));
                    return 0;
                }
                output.WriteLine($"{"target",-24} {"probe set",-12} {"sampling",-14} {"records",9} {"errors",7}");
                foreach (var r in rows)
                {
                    output.WriteLine($"{r.targetId,-24} {r.probeSetVersion,-12} {r.samplingHash,-14} {r.recordCount,9} {r.errorCount,7}");
                }
                return 0;
            case "show":
                var fingerprint = FingerprintCatalog.Single(await Indexed(), args.Required(1, "TARGET"));
                output.WriteLine(json ? System.Text.Encoding.UTF8.GetString(fingerprint.ToJson()) : FingerprintSummary.Render(fingerprint));
                return 0;
            case "compare":
                var all = await Indexed();
                var a = FingerprintCatalog.Single(all, args.Required(1, "target A"));
                var b = FingerprintCatalog.Single(all, args.Required(2, "target B"));
                if (!a.Key.IsComparableWith(b.Key))
                {
                    throw new IncomparableFingerprintsException(a.Key, b.Key);
                }
                var report = ComparisonReport.From(Population.Around(all, a), a.Key.TargetId, b.Key.TargetId);
                output.WriteLine(json ? JsonSerializer.Serialize(report, CliJson.Options) : report.Render());
                return 0;
            case "matrix":
                var group = Population.Group(await Indexed(), args.Option("key"));
                output.WriteLine(MatrixReport.Render(PopulationScores.From(SimilarityMatrix.Build(group)), json ? "json" : args.Option("format") ?? "table"));
                return 0;
            case "identify":
                var population = await Indexed();
                var unknown = FingerprintCatalog.Single(population, args.Required(1, "TARGET"));
                var fpr = double.Parse(args.Option("fpr") ?? "0.05", System.Globalization.CultureInfo.InvariantCulture);
                var identified = Identification.Identify(Population.Around(population, unknown), unknown.Key.TargetId, fpr);
                output.WriteLine(json ? JsonSerializer.Serialize(identified, CliJson.Options) : IdentificationReport.Render(identified));
                return 0;
            case "same":
                return await SameModelCommand.RunAsync(args, store, output, cancellationToken);
            case "lineage":
                return await LineageCommand.RunAsync(args, store, output, cancellationToken);
            default:
                throw new UsageException($"unknown fp subcommand '{verb}' (list, show, compare, matrix, identify, same, lineage)");
        }
    }
}
