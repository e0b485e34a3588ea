using System.Text;
using Probes.Cli.CommandLine;
using Probes.Cli.Output;
using Probes.Cli.Running;
using Probes.Storage;

namespace Probes.Cli.Commands;

/// <summary>
/// <c>probes campaign status ID</c> (what campaign.json says: status, stop reason, counts, spending) and
/// <c>probes campaign retry-errors ID</c> (re-run the items whose latest record is an error), on the storage options
/// every command takes.
/// </summary>
public static class CampaignCommand
{
    private const string Verbs = "status, retry-errors";

    public static async Task<int> RunAsync(Arguments args, TextWriter output, CancellationToken cancellationToken)
    {
        var verb = args.Required(0, $"campaign subcommand ({Verbs})");
        var campaignId = args.Required(1, "campaign ID");
        switch (verb)
        {
            case "status":
                args.Allow([.. StorageArguments.Names, "json"]);
                return await StatusAsync(campaignId, StorageArguments.Read(args), args.Has("json"), output, cancellationToken);
            case "retry-errors":
                args.Allow(StorageArguments.Names);
                var outcome = await ErrorRetry.RunAsync(campaignId, StorageArguments.Read(args), output, cancellationToken);
                output.WriteLine(outcome.Summary());
                // Items still failing are results, as in run; only a budget stop or a cancellation changes the code.
                return outcome.Retried == 0 ? ExitCodes.Done : ExitCodes.Of(outcome.Status);
            default:
                throw new UsageException($"unknown campaign subcommand '{verb}' ({Verbs})");
        }
    }

    private static async Task<int> StatusAsync(string campaignId, StorageOptions storage, bool json, TextWriter output, CancellationToken cancellationToken)
    {
        var store = new ProbeStore(BlobStoreFactory.Create(storage));
        if (json)
        {
            var document = await CampaignSnapshots.ReadDocumentAsync(store, campaignId, cancellationToken);
            output.WriteLine(Encoding.UTF8.GetString(document));
            return ExitCodes.Done;
        }
        var snapshot = await CampaignSnapshots.ReadAsync(store, campaignId, cancellationToken);
        var retry = snapshot.RetryAttempt > 0 ? $" (after retry attempt {snapshot.RetryAttempt})" : "";
        output.WriteLine($"campaign {snapshot.CampaignId}: {snapshot.Status.ToString().ToLowerInvariant()}{retry}");
        output.WriteLine($"started {snapshot.StartedAt:u}, finished {(snapshot.FinishedAt is { } finished ? finished.ToString("u") : "-")}");
        CampaignProgressReport.Write(output, snapshot.Targets, snapshot.StopReason, snapshot.Plan().Spec.Budget);
        return ExitCodes.Done;
    }
}
