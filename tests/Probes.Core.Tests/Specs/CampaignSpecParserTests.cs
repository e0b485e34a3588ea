using Probes.Core.Specs;
using Probes.Testing;

namespace Probes.Core.Tests.Specs;

public sealed class CampaignSpecParserTests
{
    [Fact]
    public void Reads_every_field_of_a_full_spec()
    {
        using var data = SyntheticDataset.CreateStandard("recorded");
        const string yaml = """
            name: full
            probe_sets:
              - builtin: core
            samples_per_probe: 12
            sampling: { temperature: 0.7, max_tokens: 64, system_prompt: "Be brief." }
            targets:
              - id: gpt4o-mini
                provider: openai
                model: gpt-4o-mini
                base_url: https://api.example.test/v1
                api_key_env: EXAMPLE_KEY
                rate: { requests_per_minute: 500, max_in_flight: 4 }
              - id: local.replay_1
                provider: replay
                model: teacher-1
                dataset: recorded
            """;

        var spec = CampaignSpecParser.Parse(yaml, "spec.yaml", data.Root, TestSpecEnvironment.With(("EXAMPLE_KEY", "k")));

        Assert.Equal("full", spec.Name);
        Assert.Equal([new ProbeSetReference("core", null)], spec.ProbeSets);
        Assert.Equal(12, spec.SamplesPerProbe);
        Assert.Equal(new SamplingSettings(0.7, 64, "Be brief."), spec.Sampling);
        Assert.Equal(
            [
                new TargetSpec("gpt4o-mini", "openai", "gpt-4o-mini", "https://api.example.test/v1", "EXAMPLE_KEY", new RateSettings(500, 4)),
                new TargetSpec("local.replay_1", "replay", "teacher-1", null, null, RateSettings.Default, data.Folder),
            ],
            spec.Targets);
    }

    [Fact]
    public void Fills_defaults_for_everything_optional()
    {
        const string yaml = """
            name: minimal
            probe_sets: [{ builtin: core }]
            sampling: { system_prompt: null }
            targets:
              - { id: a, provider: simulated, model: sim-alpha, rate: { max_in_flight: 2 } }
            """;

        var spec = CampaignSpecParser.Parse(yaml, "spec.yaml", Path.GetTempPath(), TestSpecEnvironment.With());

        Assert.Equal(CampaignSpecParser.DefaultSamplesPerProbe, spec.SamplesPerProbe);
        Assert.Equal(SamplingSettings.Default, spec.Sampling);
        Assert.Equal(new RateSettings(RateSettings.Default.RequestsPerMinute, 2), spec.Targets[0].Rate);
        Assert.Null(spec.Targets[0].BaseUrl);
        Assert.Null(spec.Targets[0].ApiKeyEnv);
    }

    [Fact]
    public void Accepts_temperature_zero_for_greedy_decoding()
    {
        const string yaml = """
            name: greedy
            probe_sets: [{ builtin: core }]
            sampling: { temperature: 0 }
            targets: [{ id: a, provider: simulated, model: m }]
            """;

        var spec = CampaignSpecParser.Parse(yaml, "spec.yaml", Path.GetTempPath(), TestSpecEnvironment.With());

        Assert.Equal(0.0, spec.Sampling.Temperature);
    }

    [Fact]
    public void Reads_a_spec_file_and_resolves_probe_set_files_next_to_it()
    {
        using var folder = new TempFolder();
        var probesPath = folder.Write("sets/mine.yaml", """
            name: mine
            version: "2"
            probes:
              - { id: gene.tree, family: gene, prompt: Name a tree. }
            """);
        var specPath = folder.Write("spec.yaml", """
            name: with-file
            probe_sets:
              - file: sets/mine.yaml
              - builtin: core
            targets: [{ id: a, provider: simulated, model: m }]
            """);
        var env = TestSpecEnvironment.With();

        var spec = CampaignSpecParser.ParseFile(specPath, env);

        Assert.Equal(new ProbeSetReference(null, probesPath), spec.ProbeSets[0]);
        var sets = ProbeSetResolver.Resolve(spec, env);
        Assert.Equal(["mine@2", "core@1"], sets.Select(set => set.Key));
        Assert.Equal("Name a tree.", sets[0].Probes.Single().Variants.Single());
    }

    [Fact]
    public void Reports_a_missing_spec_file_by_its_path()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "absent.yaml");

        var error = Assert.Throws<SpecException>(() => CampaignSpecParser.ParseFile(path, TestSpecEnvironment.With()));

        Assert.Equal(path, error.File);
        Assert.Null(error.Line);
        Assert.StartsWith($"{path}: spec file not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_environment_knows_the_built_in_sets_and_reads_process_variables()
    {
        var env = SpecEnvironment.Default(TestSpecEnvironment.Providers);

        Assert.NotNull(env.ResolveBuiltInProbeSet("core"));
        Assert.Contains("core", env.BuiltInProbeSetNames);
        Assert.Equal(Environment.GetEnvironmentVariable("PATH"), env.GetVariable("PATH"));
    }
}
