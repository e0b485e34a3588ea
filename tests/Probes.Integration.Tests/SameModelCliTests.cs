using System.Text.Json;
using Probes.Cli.Output;
using Probes.Connectors.Simulated;
using Probes.Core.ProbeSets;
using Probes.Core.Records;
using Probes.Core.Specs;
using StableHash = Probes.Core.Text.StableHash;
using Probes.Core.Work;
using Probes.Storage;

namespace Probes.Integration.Tests;

/// <summary>
/// <c>probes fp same</c> on records as campaigns leave them in a local folder: simulated completions at the demo's
/// budget, written straight to storage so no cluster has to run. Two campaigns hold sim-teacher, the later one also
/// sim-student, and a third samples sim-teacher at another temperature.
/// </summary>
public sealed class SameModelCliTests : IDisposable
{
    private const string Earlier = "demo-20250301-080000-1a2b";
    private const string Later = "demo-20250302-090000-3c4d";
    private const string Colder = "cold-20250101-070000-5e6f";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("probes-same-");

    private async Task WriteCampaignAsync(string campaign, string model, SamplingSettings sampling)
    {
        var plan = new WorkPlan([BuiltInProbeSets.Find("core")!], samplesPerProbe: 6);
        var simulated = SimulatedFamily.Standard.Get(model);
        var records = new List<ProbeRecord>();
        for (long index = 0; index < plan.Count; index++)
        {
            var item = plan[index];
            var reply = simulated.Complete(item.Prompt, sampling, StableHash.Mix(StableHash.Fnv64($"{campaign}/{model}#{index}")));
            records.Add(new ProbeRecord
            {
                CampaignId = campaign, TargetId = model, ItemIndex = index, ProbeId = item.ProbeId, Family = item.Family,
                Variant = item.Variant, Sample = item.Sample, Prompt = item.Prompt, PromptHash = StableHash.Hex(item.Prompt),
                Temperature = sampling.Temperature, MaxTokens = sampling.MaxTokens, Response = reply.Text, FinishReason = reply.FinishReason,
            });
        }
        var store = new ProbeStore(new LocalFolderBlobStore(_folder.FullName));
        await store.WriteBatchAsync(campaign, model, "0000", 0, records);
    }

    private static readonly SamplingSettings Demo = new(1.0, 200, null);

    private static JsonElement Result(JsonElement comparison) => comparison.GetProperty("result");

    [Fact]
    public async Task Teacher_and_student_from_the_latest_campaign_are_different_and_the_teacher_is_not_distinguishable_from_itself()
    {
        await WriteCampaignAsync(Earlier, "sim-teacher", Demo);
        await WriteCampaignAsync(Later, "sim-teacher", Demo);
        await WriteCampaignAsync(Later, "sim-student", Demo);

        var pair = await CliProcess.RunAsync(null, "fp", "same", "sim-teacher", "sim-student", "--storage", _folder.FullName, "--json");
        var self = await CliProcess.RunAsync(null, "fp", "same", "sim-teacher", "sim-teacher", "--campaign-a", Earlier,
            "--campaign-b", Later, "--storage", _folder.FullName, "--permutations", "400", "--json");
        var text = await CliProcess.RunAsync(null, "fp", "same", "sim-teacher", "sim-student", "--storage", _folder.FullName);

        Assert.True(pair.ExitCode == 0, pair.Error);
        var different = JsonDocument.Parse(pair.Output).RootElement;
        Assert.Equal(Later, different.GetProperty("a").GetProperty("campaign").GetString());
        Assert.Equal(Later, different.GetProperty("b").GetProperty("campaign").GetString());
        Assert.True(Result(different).GetProperty("different").GetBoolean());
        Assert.Equal("different at α = 0.05", Result(different).GetProperty("verdict").GetString());
        Assert.Equal(BuiltInProbeSets.Find("core")!.Probes.Sum(p => p.Variants.Count), Result(different).GetProperty("prompts").GetInt32());
        Assert.Equal(5, Result(different).GetProperty("drivers").GetArrayLength());

        Assert.True(self.ExitCode == 0, self.Error);
        var same = Result(JsonDocument.Parse(self.Output).RootElement);
        Assert.False(same.GetProperty("different").GetBoolean());
        Assert.StartsWith("not distinguishable with this budget (p = ", same.GetProperty("verdict").GetString());
        Assert.Equal(400, same.GetProperty("permutations").GetInt32());

        Assert.True(text.ExitCode == 0, text.Error);
        Assert.StartsWith($"sim-teacher ({Later}) vs sim-student ({Later}): different at α = 0.05", text.Output);
        Assert.Contains("budget: 43 prompts, 258 vs 258 completions", text.Output);
    }

    [Fact]
    public async Task Comparing_campaigns_sampled_differently_or_a_target_with_itself_is_refused()
    {
        await WriteCampaignAsync(Later, "sim-teacher", Demo);
        await WriteCampaignAsync(Colder, "sim-teacher", Demo with { Temperature = 0.5 });

        var colder = await CliProcess.RunAsync(null, "fp", "same", "sim-teacher", "sim-teacher", "--campaign-a", Colder, "--campaign-b", Later, "--storage", _folder.FullName);
        var itself = await CliProcess.RunAsync(null, "fp", "same", "sim-teacher", "sim-teacher", "--storage", _folder.FullName);

        Assert.Equal(2, colder.ExitCode);
        Assert.Contains("sampled differently", colder.Error);
        Assert.Equal(2, itself.ExitCode);
        Assert.Contains("--campaign-a", itself.Error);
    }

    [Fact]
    public void The_latest_campaign_is_the_one_that_started_last_whatever_its_name()
    {
        Assert.Equal(Later, CampaignRecords.Latest([Earlier, Colder, Later, "hand-named"]));
        Assert.Equal("b-run", CampaignRecords.Latest(["a-run", "b-run"]));
        Assert.Null(CampaignRecords.Latest([]));
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
