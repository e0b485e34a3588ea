using System.Text.Json;
using Probes.Testing;

namespace Probes.Integration.Tests;

/// <summary>A user's spec that replays recorded outputs: the <c>probes</c> process, a dataset probe set, replay targets.</summary>
[Trait("Category", "Slow")]
public sealed class ReplayRunTests : IDisposable
{
    private readonly SyntheticDataset _data = SyntheticDataset.CreateStandard();

    [Fact]
    public async Task A_replay_spec_stores_every_recorded_answer_and_counts_the_missing_ones_as_errors()
    {
        var spec = Path.Combine(_data.Root, "replay.yaml");
        await File.WriteAllTextAsync(spec, """
            name: replay-run
            probe_sets:
              - dataset: tiny-recording
            samples_per_probe: 1
            targets:
              - { id: teacher, provider: replay, model: teacher-1, dataset: tiny-recording }
              - { id: student, provider: replay, model: student one, dataset: tiny-recording }
            """);
        var storage = Path.Combine(_data.Root, "data");

        var run = await CliProcess.RunAsync(null, "run", spec, "--storage", storage);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("teacher: 4/4 records, 0 errors", run.Output, StringComparison.Ordinal);
        Assert.Contains("student: 4/4 records, 2 errors", run.Output, StringComparison.Ordinal);
        var list = await CliProcess.RunAsync(null, "fp", "list", "--storage", storage, "--json");
        var rows = JsonDocument.Parse(list.Output).RootElement.EnumerateArray()
            .ToDictionary(r => r.GetProperty("targetId").GetString()!, r => (r.GetProperty("recordCount").GetInt64(), r.GetProperty("errorCount").GetInt64()));
        Assert.Equal(new Dictionary<string, (long, long)> { ["teacher"] = (4, 0), ["student"] = (2, 2) }, rows);
    }

    public void Dispose() => _data.Dispose();
}
