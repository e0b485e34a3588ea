using System.Globalization;
using System.Text.Json;
using Probes.Cli.CommandLine;
using Probes.Cli.Output;
using Probes.Core.Comparison.Lineage;
using Probes.Storage;

namespace Probes.Cli.Commands;

/// <summary>
/// <c>probes fp lineage S [--candidates A,B,…] [--alpha 0.05] [--replicates 100]</c>: is S derived from one of the
/// candidates? The population the over-use statistics are measured against is every stored target comparable with
/// S (same probe set and sampling settings), each read from its latest campaign; candidates default to all of them.
/// </summary>
public static class LineageCommand
{
    public static readonly string[] OptionNames = ["candidates", "alpha", "replicates"];

    public static async Task<int> RunAsync(Arguments args, ProbeStore store, TextWriter output, CancellationToken cancellationToken)
    {
        var student = args.Required(1, "the student target S");
        var indexed = await new FingerprintCatalog(store).IndexedAsync(cancellationToken);
        var studentFingerprint = FingerprintCatalog.Single(indexed, student);
        var population = indexed.Where(f => f.Key.IsComparableWith(studentFingerprint.Key)).Select(f => f.Key.TargetId).Distinct().ToList();
        var candidates = args.Option("candidates")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList()
            ?? population.Where(t => t != student).ToList();
        var missing = candidates.Where(c => !population.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new UsageException($"no comparable fingerprint for candidate(s) {string.Join(", ", missing)}");
        }
        if (candidates.Count < 2)
        {
            throw new UsageException("a best-parent test needs at least two candidates");
        }
        var options = new LineageOptions
        {
            Alpha = double.Parse(args.Option("alpha") ?? "0.05", CultureInfo.InvariantCulture),
            Replicates = int.Parse(args.Option("replicates") ?? "100", CultureInfo.InvariantCulture),
        };

        var records = new CampaignRecords(store);
        var responses = new Dictionary<string, IReadOnlyList<(string Prompt, string? Text)>>();
        foreach (var target in population)
        {
            var sample = await records.ReadAsync(await records.LatestWithAsync(target, cancellationToken), target, cancellationToken);
            responses[target] = sample.ByPrompt.SelectMany(p => p.Value.Select(text => (p.Key, (string?)text))).ToList();
        }
        var verdict = SignatureLineageTest.Run(LineageCorpus.Build(responses), [student], candidates, options)[0];
        var identity = studentFingerprint.Identity.Mentions.Where(m => m.Value > 0).OrderByDescending(m => m.Value)
            .ToDictionary(m => m.Key, m => m.Value);
        if (args.Has("json"))
        {
            output.WriteLine(JsonSerializer.Serialize(new { verdict, population = population.Count, identityMentions = identity }, CliJson.Options));
            return 0;
        }
        output.WriteLine(LineageReport.Render(verdict, population.Count, identity, studentFingerprint.Identity.Responses));
        return 0;
    }
}
