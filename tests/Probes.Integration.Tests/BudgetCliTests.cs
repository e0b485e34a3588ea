using Probes.Storage;

namespace Probes.Integration.Tests;

/// <summary>A run whose token budget runs out stops cleanly: the reason on screen, exit code 3, campaign.json agreeing.</summary>
[Trait("Category", "Slow")]
public sealed class BudgetCliTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("probes-budget-");

    [Fact]
    public async Task A_small_token_budget_stops_the_run_with_the_reason_and_exit_code_3()
    {
        var spec = Path.Combine(_folder.FullName, "budget.yaml");
        await File.WriteAllTextAsync(spec, """
            name: budget
            probe_sets:
              - builtin: core
            samples_per_probe: 2
            sampling: { temperature: 1.0, max_tokens: 64 }
            budget:
              max_tokens: 2000
            targets:
              - id: sim-teacher
                provider: simulated
                model: sim-teacher
                rate: { requests_per_minute: 60000, max_in_flight: 8 }
            """);
        var data = Path.Combine(_folder.FullName, "data");

        var run = await CliProcess.RunAsync(null, "run", spec, "--storage", data);

        Assert.True(run.ExitCode == 3, run.Output + run.Error);
        var stopLine = Assert.Single(run.Output.Split('\n'), line => line.StartsWith("stopped: ", StringComparison.Ordinal));
        Assert.Matches(@"^stopped: budget max_tokens reached: used 1,\d{3} of 2,000 tokens\s*$", stopLine);
        Assert.Contains(" of 2,000 tokens, $0.00", run.Output);

        var store = new ProbeStore(new LocalFolderBlobStore(data));
        var campaignId = Assert.Single(await store.ListCampaignsAsync().ToListAsync());
        var records = await store.ReadRecordsAsync(campaignId, "sim-teacher").ToListAsync();
        var tokens = records.Sum(r => (long)(r.PromptTokens ?? 0) + (r.CompletionTokens ?? 0));
        Assert.InRange(tokens, 1_000, 2_000);
        Assert.Contains($"used {tokens:N0} of 2,000 tokens", stopLine);

        var status = await CliProcess.RunAsync(null, "campaign", "status", campaignId, "--storage", data);
        Assert.True(status.ExitCode == 0, status.Output + status.Error);
        Assert.Contains($"campaign {campaignId}: stopped", status.Output);
        Assert.Contains(stopLine.Trim(), status.Output);
        Assert.Contains($"sim-teacher: {records.Count}/", status.Output);
    }

    [Fact]
    public async Task A_cost_limit_with_an_unpriced_target_is_refused_before_anything_starts()
    {
        var spec = Path.Combine(_folder.FullName, "unpriced.yaml");
        await File.WriteAllTextAsync(spec, "name: x\nprobe_sets:\n  - builtin: core\nbudget: { max_cost_usd: 5 }\ntargets:\n  - id: a\n    provider: simulated\n    model: m\n");
        var data = Path.Combine(_folder.FullName, "unpriced-data");

        var (exit, _, error) = await CliProcess.RunAsync(null, "run", spec, "--storage", data);

        Assert.Equal(2, exit);
        Assert.Contains("unpriced.yaml:6: targets[0]: target 'a' has no price", error);
        Assert.False(Directory.Exists(data));
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
