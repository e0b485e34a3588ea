using Probes.Core.Specs;
using Probes.Core.Work;

namespace Probes.Core.Tests.Specs;

public sealed class DemoSpecTests
{
    [Fact]
    public void Demo_runs_the_core_set_against_five_simulated_models()
    {
        var spec = DemoSpec.Load(TestSpecEnvironment.With());

        Assert.Equal("demo", spec.Name);
        Assert.Equal([new ProbeSetReference("core", null)], spec.ProbeSets);
        Assert.Equal(6, spec.SamplesPerProbe);
        Assert.Equal(new SamplingSettings(1.0, 200, null), spec.Sampling);
        Assert.Equal(["sim-teacher", "sim-student", "sim-alpha", "sim-beta", "sim-gamma"], spec.Targets.Select(target => target.Id));
        Assert.All(spec.Targets, target =>
        {
            Assert.Equal(target.Id, target.Model);
            Assert.Equal("simulated", target.Provider);
            Assert.Null(target.ApiKeyEnv);
            Assert.Null(target.BaseUrl);
            Assert.Equal(new RateSettings(6000, 16), target.Rate);
        });
    }

    [Fact]
    public void Demo_stays_under_fifteen_hundred_items_per_target()
    {
        var env = TestSpecEnvironment.With();
        var spec = DemoSpec.Load(env);

        var plan = new WorkPlan(ProbeSetResolver.Resolve(spec, env), spec.SamplesPerProbe);

        Assert.InRange(plan.Count, 1, 1500);
    }

    [Fact]
    public void Demo_yaml_is_the_embedded_file_text()
    {
        Assert.StartsWith("# ", DemoSpec.Yaml, StringComparison.Ordinal);
        Assert.Contains("name: demo", DemoSpec.Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_needs_the_simulated_provider()
    {
        var env = TestSpecEnvironment.With() with { KnownProviders = new HashSet<string> { "openai" } };

        var error = Assert.Throws<SpecException>(() => DemoSpec.Load(env));

        Assert.Equal("targets[0].provider", error.Field);
        Assert.Equal("demo.yaml", error.File);
    }
}
