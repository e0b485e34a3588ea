using Probes.Cli.CommandLine;
using Probes.Cli.Output;
using Probes.Cli.Running;
using Probes.Connectors;
using Probes.Core.Comparison;
using Probes.Core.Specs;
using Probes.Storage;

namespace Probes.Cli.Commands;

/// <summary>
/// <c>probes demo [--data DIR]</c>: the built-in demo campaign against the synthetic model family, on an embedded
/// silo with a local folder, then the similarity table of every target. Needs no key and no server.
/// </summary>
public static class DemoCommand
{
    public static async Task<int> RunAsync(Arguments args, TextWriter output, CancellationToken cancellationToken)
    {
        args.Allow("data");
        var storage = new StorageOptions { Kind = StorageKinds.Local, Folder = Path.GetFullPath(args.Option("data") ?? "probes-data") };
        var env = SpecEnvironment.Default(KnownProviders.All);
        var plan = PlanResolver.Resolve(DemoSpec.Load(env), env);
        output.WriteLine("Probes demo: a synthetic model family (sim-*, not real models), with sim-student distilled from sim-teacher.");

        var (campaignId, _) = await CampaignRunner.RunAsync(plan, storage, output, cancellationToken);

        var fingerprints = await new FingerprintCatalog(new ProbeStore(BlobStoreFactory.Create(storage))).OfCampaignAsync(campaignId, cancellationToken);
        var matrix = SimilarityMatrix.Build(fingerprints);
        output.WriteLine();
        output.WriteLine("Similarity (combined score, 1 = indistinguishable fingerprints):");
        output.WriteLine(matrix.ToTable());
        var best = matrix.MostSimilarPair ?? throw new InvalidOperationException("the demo produced fewer than two fingerprints");
        output.WriteLine($"Most similar pair: {best.A} ~ {best.B} ({best.Combined:F3})");
        output.WriteLine($"Records and fingerprints: {storage.Folder}");
        output.WriteLine($"Next: probes fp list --storage {storage.Folder}   |   probes fp compare {best.A} {best.B} --storage {storage.Folder}");
        return 0;
    }
}
