using Probes.Cli.Running;
using Probes.Core.Datasets;
using Probes.Core.Specs;
using Probes.Testing;

namespace Probes.Integration.Tests;

/// <summary>The campaign an evaluation replays: one unthrottled replay target per recorded model, every prompt once.</summary>
public sealed class ReplayPlanTests
{
    [Fact]
    public void Every_recorded_model_becomes_a_replay_target_with_a_safe_id()
    {
        using var data = SyntheticDataset.CreateStandard();
        var dataset = RecordedDataset.Open(data.Folder);

        var plan = ReplayPlan.For(dataset);

        Assert.Equal(["control_2", "student_one", "teacher-1"], plan.Spec.Targets.Select(t => t.Id));
        Assert.Equal(["control_2", "student one", "teacher-1"], plan.Spec.Targets.Select(t => t.Model));
        Assert.All(plan.Spec.Targets, t =>
        {
            Assert.Equal(TargetSpec.ReplayProvider, t.Provider);
            Assert.Equal(data.Folder, t.Dataset);
            Assert.Equal(ReplayPlan.Unthrottled, t.Rate);
        });
        Assert.Equal(1, plan.Spec.SamplesPerProbe);
        Assert.Equal(new SamplingSettings(ReplayPlan.RecordedTemperature, ReplayPlan.RecordedMaxTokens, null), plan.Spec.Sampling);
        Assert.Equal(4, plan.CreateWorkPlan().Count);
        Assert.Equal(DatasetProbeSet.From(dataset).Key, Assert.Single(plan.ProbeSets).Key);
        Assert.Equal("eval-tiny-recording", plan.Spec.Name);
    }

    [Fact]
    public void Two_models_that_would_share_a_target_id_are_refused()
    {
        using var data = SyntheticDataset.Create()
            .WithPrompts(("q1", "Hello?", null))
            .WithModel("model a", ("q1", "Hi."))
            .WithModel("model_a", ("q1", "Hey."));

        var error = Assert.Throws<InvalidDataException>(() => ReplayPlan.For(RecordedDataset.Open(data.Folder)));

        Assert.Contains("'model a' and 'model_a' would share the target id 'model_a'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dataset_without_recorded_models_cannot_be_replayed()
    {
        using var data = SyntheticDataset.Create().WithPrompts(("q1", "Hello?", null));

        Assert.Contains("no recorded models", Assert.Throws<InvalidDataException>(() => ReplayPlan.For(RecordedDataset.Open(data.Folder))).Message,
            StringComparison.Ordinal);
    }
}
