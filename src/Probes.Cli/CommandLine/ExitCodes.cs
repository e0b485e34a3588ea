using Probes.Contracts;

namespace Probes.Cli.CommandLine;

/// <summary>What the <c>probes</c> process tells a script.</summary>
public static class ExitCodes
{
    public const int Done = 0;

    /// <summary>Something failed while running (a campaign cancelled, storage unreachable, a campaign not found).</summary>
    public const int Failed = 1;

    /// <summary>The command line or the spec is wrong; nothing was started.</summary>
    public const int Usage = 2;

    /// <summary>
    /// The campaign stopped at its budget: everything sent is recorded and valid, the rest was not sent. Distinct from
    /// <see cref="Done"/> so a script can tell a complete sample from a partial one.
    /// </summary>
    public const int BudgetStopped = 3;

    public static int Of(CampaignStatus status) => status switch
    {
        CampaignStatus.Completed => Done,
        CampaignStatus.Stopped => BudgetStopped,
        _ => Failed,
    };
}
