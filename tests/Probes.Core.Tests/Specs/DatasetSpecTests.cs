using Probes.Core.Campaigns;
using Probes.Core.Specs;
using Probes.Testing;

namespace Probes.Core.Tests.Specs;

/// <summary>
/// Recorded datasets in a spec: <c>- dataset: DIR</c> as a probe set, and <c>dataset: DIR</c> on a <c>replay</c>
/// target, both relative to the spec's folder and checked before anything starts.
/// </summary>
public sealed class DatasetSpecTests
{
    [Fact]
    public void A_dataset_probe_set_and_replay_targets_resolve_relative_to_the_spec()
    {
        using var data = SyntheticDataset.CreateStandard("recorded");
        var specPath = Path.Combine(data.Root, "spec.yaml");
        File.WriteAllText(specPath, """
            name: replayed
            probe_sets:
              - dataset: recorded/
            targets:
              - { id: teacher, provider: replay, model: teacher-1, dataset: ./recorded }
              - { id: student, provider: replay, model: student one, dataset: recorded }
            """);
        var env = TestSpecEnvironment.With();

        var spec = CampaignSpecParser.ParseFile(specPath, env);

        Assert.Equal([new ProbeSetReference(null, null, data.Folder)], spec.ProbeSets);
        Assert.Equal([data.Folder, data.Folder], spec.Targets.Select(t => t.Dataset));
        var set = Assert.Single(ProbeSetResolver.Resolve(spec, env));
        Assert.Equal("dataset-recorded", set.Name);
        Assert.Equal(["q1", "q2", "q3", "q4"], set.Probes.Select(p => p.Id));
    }

    [Fact]
    public void A_plan_keeps_the_dataset_folders_through_json()
    {
        using var data = SyntheticDataset.CreateStandard("recorded");
        var spec = CampaignSpecParser.Parse(
            "name: r\nprobe_sets: [{ dataset: recorded }]\ntargets: [{ id: t, provider: replay, model: teacher-1, dataset: recorded }]\n",
            "spec.yaml", data.Root, TestSpecEnvironment.With());
        var plan = new CampaignPlan(spec, ProbeSetResolver.Resolve(spec, TestSpecEnvironment.With()));

        var copy = CampaignPlan.FromJson(plan.ToJson());

        Assert.Equal(data.Folder, copy.Spec.ProbeSets[0].Dataset);
        Assert.Equal(data.Folder, copy.Target("t").Dataset);
        Assert.Equal(plan.ProbeSetVersion, copy.ProbeSetVersion);
    }

    [Fact]
    public void A_missing_dataset_probe_set_folder_is_rejected_at_its_line()
    {
        using var data = SyntheticDataset.Create();

        var error = Assert.Throws<SpecException>(() => CampaignSpecParser.Parse(
            "name: r\nprobe_sets:\n  - dataset: nowhere\n" + SimulatedTarget, "spec.yaml", data.Root, TestSpecEnvironment.With()));

        SpecAssert.Located(error, "spec.yaml", 3, "probe_sets[0].dataset", $"dataset folder not found: {Path.Combine(data.Root, "nowhere")}");
    }

    [Fact]
    public void A_dataset_folder_without_prompts_is_rejected_at_its_line()
    {
        using var data = SyntheticDataset.Create();

        var error = Assert.Throws<SpecException>(() => CampaignSpecParser.Parse(
            "name: r\nprobe_sets:\n  - dataset: tiny-recording\n" + SimulatedTarget, "spec.yaml", data.Root, TestSpecEnvironment.With()));

        SpecAssert.Located(error, "spec.yaml", 3, "probe_sets[0].dataset", "dataset folder has no prompts.jsonl");
    }

    [Fact]
    public void A_malformed_prompt_file_is_reported_in_its_own_file_and_line()
    {
        using var data = SyntheticDataset.Create();
        var prompts = data.WriteRaw("prompts.jsonl", "{\"prompt_id\":\"a\",\"prompt\":\"One?\"}\n{\"prompt_id\":\"a\",\"prompt\":\"Two?\"}\n");

        var error = Assert.Throws<SpecException>(() => CampaignSpecParser.Parse(
            "name: r\nprobe_sets:\n  - dataset: tiny-recording\n" + SimulatedTarget, "spec.yaml", data.Root, TestSpecEnvironment.With()));

        SpecAssert.Located(error, prompts, 2, "prompt_id", "duplicate prompt id 'a'");
    }

    [Fact]
    public void A_replay_target_needs_a_dataset() => SpecAssert.Rejected(
        Spec("  - id: r\n    provider: replay\n    model: teacher-1"), 4, "targets[0].dataset", "required field is missing or empty");

    [Fact]
    public void A_replay_target_with_a_missing_folder_is_rejected()
    {
        using var data = SyntheticDataset.Create();

        var error = Assert.Throws<SpecException>(() => CampaignSpecParser.Parse(
            Spec("  - id: r\n    provider: replay\n    model: teacher-1\n    dataset: gone"), "spec.yaml", data.Root, TestSpecEnvironment.With()));

        SpecAssert.Located(error, "spec.yaml", 7, "targets[0].dataset", $"dataset folder not found: {Path.Combine(data.Root, "gone")}");
    }

    [Theory]
    [InlineData("teacher-9")]
    [InlineData("org/teacher-1")]
    public void A_replay_target_needs_its_model_recorded(string model)
    {
        using var data = SyntheticDataset.CreateStandard();

        var error = Assert.Throws<SpecException>(() => CampaignSpecParser.Parse(
            Spec($"  - id: r\n    provider: replay\n    model: {model}\n    dataset: tiny-recording"), "spec.yaml", data.Root, TestSpecEnvironment.With()));

        SpecAssert.Located(error, "spec.yaml", 7, "targets[0].dataset", $"no recorded responses for model '{model}'");
    }

    [Fact]
    public void Only_a_replay_target_may_name_a_dataset()
    {
        using var data = SyntheticDataset.CreateStandard();

        var error = Assert.Throws<SpecException>(() => CampaignSpecParser.Parse(
            Spec("  - id: s\n    provider: simulated\n    model: sim-alpha\n    dataset: tiny-recording"), "spec.yaml", data.Root, TestSpecEnvironment.With()));

        SpecAssert.Located(error, "spec.yaml", 7, "targets[0].dataset", "only a 'replay' target reads a dataset");
    }

    [Fact]
    public void Resolving_a_missing_dataset_outside_a_spec_names_the_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "probes-no-such-dataset-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<SpecException>(() =>
            ProbeSetResolver.Resolve(new ProbeSetReference(null, null, folder), TestSpecEnvironment.With()));

        Assert.Equal($"{folder}: dataset folder not found: {folder}", error.Message);
    }

    private const string SimulatedTarget = "targets: [{ id: a, provider: simulated, model: m }]\n";

    private static string Spec(string targets) => $"name: r\nprobe_sets: [{{ builtin: core }}]\ntargets:\n{targets}\n";
}
