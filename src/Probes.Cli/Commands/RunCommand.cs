using Probes.Cli.CommandLine;
using Probes.Cli.Output;
using Probes.Cli.Running;
using Probes.Connectors;
using Probes.Core.Specs;

namespace Probes.Cli.Commands;

/// <summary>
/// <c>probes run SPEC.yaml [--storage DIR | --storage-connection-string CS]</c>: a user's campaign on an embedded silo.
/// The spec is validated completely before anything starts; a bad spec is exit code 2 and one message. A campaign
/// stopped by its budget ends with the reason and exit code 3 (<see cref="ExitCodes.BudgetStopped"/>).
/// </summary>
public static class RunCommand
{
    public static async Task<int> RunAsync(Arguments args, TextWriter output, CancellationToken cancellationToken)
    {
        args.Allow(StorageArguments.Names);
        var specPath = args.Required(0, "SPEC.yaml (the campaign spec)");
        var storage = StorageArguments.Read(args);
        var env = SpecEnvironment.Default(KnownProviders.All);
        var plan = PlanResolver.Resolve(CampaignSpecParser.ParseFile(specPath, env), env);
        var (_, progress) = await CampaignRunner.RunAsync(plan, storage, output, cancellationToken);
        // Error records are results, not a failed run: they are counted here and stored with their cause.
        CampaignProgressReport.Write(output, progress.Targets, progress.StopReason, plan.Spec.Budget);
        return ExitCodes.Of(progress.Status);
    }
}
