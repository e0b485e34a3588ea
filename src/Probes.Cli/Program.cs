using Probes.Cli.CommandLine;
using Probes.Cli.Commands;
using Probes.Core.Specs;

// probes: run campaigns on an embedded silo and read fingerprints from storage.
// Exit codes (ExitCodes): 0 done, 1 failed while running, 2 the command line or the spec is wrong (nothing was
// started), 3 a campaign stopped at its budget.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
var output = Console.Out;
try
{
    var command = args.Length > 0 ? args[0] : "help";
    // `--json` is a bare flag everywhere but in eval, where it names the report file.
    var flags = new HashSet<string>(command == "eval" ? [] : ["json"], StringComparer.Ordinal);
    var rest = new Arguments(args.Skip(1), flags);
    return command switch
    {
        "demo" => await DemoCommand.RunAsync(rest, output, cancel.Token),
        "run" => await RunCommand.RunAsync(rest, output, cancel.Token),
        "fp" => await FingerprintCommand.RunAsync(rest, output, cancel.Token),
        "campaign" => await CampaignCommand.RunAsync(rest, output, cancel.Token),
        "eval" => await EvalCommand.RunAsync(rest, output, new Probes.Core.Evaluation.LineageEvalScorer(), cancel.Token),
        "help" or "--help" or "-h" => Usage.Print(output),
        _ => throw new UsageException($"unknown command '{command}'"),
    };
}
catch (SpecException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return ExitCodes.Usage;
}
catch (UsageException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    Usage.Print(Console.Error);
    return ExitCodes.Usage;
}
catch (CommandFailedException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return ExitCodes.Failed;
}
catch (Probes.Core.Comparison.IncomparableFingerprintsException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return ExitCodes.Failed;
}
catch (KeyNotFoundException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return ExitCodes.Failed;
}
