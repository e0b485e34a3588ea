using System.Globalization;
using System.Text.Json;
using Probes.Cli.CommandLine;
using Probes.Cli.Output;
using Probes.Core.Comparison.SameModel;
using Probes.Storage;

namespace Probes.Cli.Commands;

/// <summary>
/// <c>probes fp same A B [--campaign-a ID] [--campaign-b ID] [--alpha 0.05] [--permutations 1000]</c>: are two targets
/// (or one target in two campaigns) the same model? Runs the Hamming-kernel MMD test on the raw completions read back
/// from storage; fingerprints alone cannot give its p-value.
/// </summary>
public static class SameModelCommand
{
    public static readonly string[] OptionNames = ["campaign-a", "campaign-b", "alpha", "permutations"];

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<int> RunAsync(Arguments args, ProbeStore store, TextWriter output, CancellationToken cancellationToken)
    {
        var targetA = args.Required(1, "target A");
        var targetB = args.Required(2, "target B");
        var options = Options(args);
        var records = new CampaignRecords(store);
        var campaignA = args.Option("campaign-a") ?? await records.LatestWithAsync(targetA, cancellationToken);
        var campaignB = args.Option("campaign-b") ?? await records.LatestWithAsync(targetB, cancellationToken);
        if (StorageLayout.SanitizeId(campaignA) == StorageLayout.SanitizeId(campaignB) &&
            StorageLayout.SanitizeId(targetA) == StorageLayout.SanitizeId(targetB))
        {
            throw new UsageException($"A and B are both '{targetA}' in campaign '{campaignA}'; name two campaigns with --campaign-a and --campaign-b");
        }

        var sampleA = await records.ReadAsync(campaignA, targetA, cancellationToken);
        var sampleB = await records.ReadAsync(campaignB, targetB, cancellationToken);
        if (!sampleA.Samplings.SequenceEqual(sampleB.Samplings))
        {
            // Completions drawn at other temperatures or under other system prompts differ whatever the model.
            throw new UsageException($"the campaigns sampled differently ({string.Join("; ", sampleA.Samplings)} vs {string.Join("; ", sampleB.Samplings)}); compare campaigns run with the same settings");
        }
        var aligned = sampleA.AlignWith(sampleB);
        if (!aligned.X.Keys.Any(key => aligned.X[key].Count >= 2 && aligned.Y.TryGetValue(key, out var other) && other.Count >= 2))
        {
            throw new KeyNotFoundException($"'{targetA}' and '{targetB}' share no prompt with at least two successful completions each");
        }

        var comparison = new SameModelComparison(
            new SampleSource(targetA, campaignA, sampleA.Failed),
            new SampleSource(targetB, campaignB, sampleB.Failed),
            aligned.ChangedPrompts,
            HammingMmdTest.Run(aligned.X, aligned.Y, options));
        output.WriteLine(args.Has("json") ? JsonSerializer.Serialize(comparison, s_json) : SameModelReport.Render(comparison));
        return 0;
    }

    private static SameModelOptions Options(Arguments args)
    {
        var alpha = SameModelOptions.Default.Alpha;
        if (args.Option("alpha") is { } alphaText &&
            !(double.TryParse(alphaText, NumberStyles.Float, CultureInfo.InvariantCulture, out alpha) && alpha > 0 && alpha < 1))
        {
            throw new UsageException($"--alpha must be a number strictly between 0 and 1, not '{alphaText}'");
        }
        var permutations = SameModelOptions.Default.Permutations;
        if (args.Option("permutations") is { } permutationsText &&
            !int.TryParse(permutationsText, NumberStyles.None, CultureInfo.InvariantCulture, out permutations))
        {
            throw new UsageException($"--permutations needs a whole number, not '{permutationsText}'");
        }
        // The smallest p-value B permutations can give is 1 / (B + 1); below 1/α − 1 the test could never say "different".
        var fewest = (int)Math.Ceiling(1 / alpha - 1);
        return permutations >= fewest
            ? new SameModelOptions { Alpha = alpha, Permutations = permutations }
            : throw new UsageException($"--permutations must be at least {fewest} for α = {alpha.ToString(CultureInfo.InvariantCulture)}");
    }
}
