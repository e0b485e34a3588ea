using System.Text.Json;
using Probes.Cli.CommandLine;
using Probes.Cli.Output;
using Probes.Core.Comparison;
using Probes.Storage;

namespace Probes.Cli.Commands;

/// <summary>
/// <c>probes fp list | show TARGET | compare A B | same A B [--storage …] [--json]</c>: read fingerprints (and, for
/// <c>same</c>, raw completions) straight from storage.
/// </summary>
public static class FingerprintCommand
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<int> RunAsync(Arguments args, TextWriter output, CancellationToken cancellationToken)
    {
        var verb = args.Required(0, "fp subcommand (list, show, compare, same)");
        args.Allow([.. StorageArguments.Names, "json", .. verb == "same" ? SameModelCommand.OptionNames : []]);
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
                    output.WriteLine(JsonSerializer.Serialize(rows, s_json));
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
                var result = FingerprintSimilarity.Compare(a, b);
                output.WriteLine(json ? JsonSerializer.Serialize(result, s_json) : SimilarityReport.Render(result));
                return 0;
            case "same":
                return await SameModelCommand.RunAsync(args, store, output, cancellationToken);
            default:
                throw new UsageException($"unknown fp subcommand '{verb}' (list, show, compare, same)");
        }
    }
}
