using System.Text.Json;
using Probes.Testing;
using Xunit.Abstractions;

namespace Probes.Integration.Tests;

/// <summary>
/// The lineage method on real recorded outputs (../shared/eval/alpaca-eval-dev, research-only, read in place): the
/// whole <c>probes eval</c> path, replay through grains and storage included. It pins what the method achieves on
/// this half, so a change that loses ranking quality, names a wrong parent or flags a control fails here.
/// </summary>
[Trait("Category", "Slow")]
public sealed class EvalTests(ITestOutputHelper log) : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("probes-eval-test-");

    [Fact]
    public async Task The_lineage_method_holds_its_measured_quality_on_the_development_half()
    {
        if (!Directory.Exists(SharedEvalData.AlpacaEvalDev))
        {
            log.WriteLine($"skipped: recorded evaluation data not found at {SharedEvalData.AlpacaEvalDev}");
            return;
        }
        var reportPath = Path.Combine(_folder.FullName, "report.json");

        var run = await CliProcess.RunAsync(null, "eval", "--dataset", SharedEvalData.AlpacaEvalDev, "--json", reportPath);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        log.WriteLine(run.Output);
        var report = JsonDocument.Parse(await File.ReadAllTextAsync(reportPath)).RootElement;
        int Metric(string name) => report.GetProperty(name).GetInt32();
        Assert.Equal(5, Metric("strong_total"));
        Assert.Equal(13, Metric("family_total"));
        Assert.True(Metric("strong_top1") >= 4, $"strong top-1 {Metric("strong_top1")}");
        Assert.Equal(5, Metric("strong_top3"));
        Assert.True(Metric("family_top1") >= 7, $"family top-1 {Metric("family_top1")}");
        Assert.True(Metric("family_top3") >= 11, $"family top-3 {Metric("family_top3")}");
        Assert.True(Metric("verdict_wrong") <= 1, $"wrong verdicts {Metric("verdict_wrong")}");
        Assert.Equal(0, Metric("controls_flagged"));
        Assert.Equal(21, report.GetProperty("students").GetArrayLength());
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
