using System.Text.Json;
using Probes.Core.ProbeSets;
using Probes.Core.Specs;

namespace Probes.Integration.Tests;

/// <summary>The README's first command: the demo prints the table, finds the distilled pair, and storage agrees with it.</summary>
[Trait("Category", "Slow")]
[Collection(DemoCollection.Name)]
public sealed class DemoTests(DemoRun run)
{
    [Fact]
    public async Task The_demo_finds_the_teacher_and_student_and_fp_list_agrees_with_the_spec()
    {
        var data = run.Data;
        var demo = run.Result;

        Assert.True(demo.ExitCode == 0, demo.Output + demo.Error);
        Assert.Contains("Most similar pair: sim-", demo.Output);
        var pairLine = demo.Output.Split('\n').Single(l => l.StartsWith("Most similar pair:", StringComparison.Ordinal));
        Assert.Contains("sim-teacher", pairLine);
        Assert.Contains("sim-student", pairLine);

        var files = Directory.GetFiles(data, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(data, f).Replace('\\', '/')).ToList();
        Assert.Contains(files, f => System.Text.RegularExpressions.Regex.IsMatch(f, @"^campaigns/[^/]+/sim-teacher/responses/\d{4}-\d{8}\.jsonl\.gz$"));
        Assert.Contains(files, f => System.Text.RegularExpressions.Regex.IsMatch(f, @"^campaigns/[^/]+/sim-student/fingerprint\.json$"));
        Assert.Contains(files, f => System.Text.RegularExpressions.Regex.IsMatch(f, @"^campaigns/[^/]+/campaign\.json$"));
        Assert.Contains(files, f => System.Text.RegularExpressions.Regex.IsMatch(f, @"^fingerprints/sim-gamma/core\.v1-[0-9a-f]+\.json$"));

        var list = await CliProcess.RunAsync(null, "fp", "list", "--storage", data, "--json");
        Assert.Equal(0, list.ExitCode);
        var spec = DemoSpec.Load(SpecEnvironment.Default(new HashSet<string> { "simulated" }));
        var itemsPerTarget = spec.SamplesPerProbe * BuiltInProbeSets.Find("core")!.Probes.Sum(p => p.Variants.Count);
        var rows = JsonDocument.Parse(list.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal(spec.Targets.Select(t => t.Id).Order(), rows.Select(r => r.GetProperty("targetId").GetString()).Order());
        Assert.All(rows, r => Assert.Equal(itemsPerTarget, r.GetProperty("recordCount").GetInt64()));
    }
}
