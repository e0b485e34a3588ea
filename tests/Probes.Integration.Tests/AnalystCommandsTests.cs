using System.Globalization;
using System.Text.Json;

namespace Probes.Integration.Tests;

/// <summary>
/// The analyst's commands on what the demo leaves in storage: five synthetic targets, one of them distilled from
/// another. Each command has its own way of finding that pair and must print what the README promises.
/// </summary>
[Trait("Category", "Slow")]
[Collection(DemoCollection.Name)]
public sealed class AnalystCommandsTests(DemoRun run)
{
    private async Task<string> ProbesAsync(params string[] args)
    {
        Assert.True(run.Result.ExitCode == 0, run.Result.Output + run.Result.Error);
        var result = await CliProcess.RunAsync(null, [.. args, "--storage", run.Data]);
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        return result.Output;
    }

    [Fact]
    public async Task Fp_matrix_as_csv_has_every_pair_once_and_the_distilled_pair_scores_highest()
    {
        var lines = (await ProbesAsync("fp", "matrix", "--format", "csv"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.StartsWith("a,b,combined,combined_z,", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(5 * 4 / 2, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => string.Join(",", new[] { r[0], r[1] }.Order())).Distinct().Count());
        var top = rows.MaxBy(r => double.Parse(r[2], CultureInfo.InvariantCulture))!;
        Assert.Equal(["sim-student", "sim-teacher"], new[] { top[0], top[1] }.Order());
    }

    [Fact]
    public async Task Fp_identify_names_the_teacher_for_the_student_past_the_false_positive_bar()
    {
        var root = JsonDocument.Parse(await ProbesAsync("fp", "identify", "sim-student", "--json")).RootElement;

        Assert.Equal("sim-teacher", root.GetProperty("identified").GetString());
        var best = root.GetProperty("ranking")[0];
        Assert.Equal("sim-teacher", best.GetProperty("target").GetString());
        Assert.True(best.GetProperty("z").GetDouble() >= root.GetProperty("threshold").GetDouble());
        Assert.Equal(4, root.GetProperty("ranking").GetArrayLength());
    }

    [Fact]
    public async Task Fp_lineage_names_the_teacher_and_prints_a_bound_for_p_values_past_what_the_bootstrap_resolves()
    {
        var verdict = JsonDocument.Parse(await ProbesAsync("fp", "lineage", "sim-student", "--json")).RootElement.GetProperty("verdict");
        var text = await ProbesAsync("fp", "lineage", "sim-student");

        Assert.Equal(["sim-teacher"], verdict.GetProperty("parents").EnumerateArray().Select(p => p.GetString()));
        Assert.StartsWith("sim-student: parent: sim-teacher", text);
        Assert.Contains("adjusted p < 0.0001", text);
        Assert.DoesNotMatch(@"adjusted p (0\s|[\d.]+E-\d+)", text);
    }

    [Fact]
    public async Task Fp_compare_scores_every_family_against_the_stored_population_with_its_drivers()
    {
        var root = JsonDocument.Parse(await ProbesAsync("fp", "compare", "sim-student", "sim-teacher", "--json")).RootElement;

        Assert.Equal(5, root.GetProperty("population").GetInt32());
        var families = root.GetProperty("families").EnumerateArray().ToList();
        Assert.Equal(["answers", "format", "identity", "length", "lexical"], families.Select(f => f.GetProperty("family").GetString()).Order());
        Assert.All(families, f => Assert.NotEqual(0, f.GetProperty("drivers").GetArrayLength()));
        Assert.True(root.GetProperty("combinedZ").GetDouble() > 0);
    }
}
