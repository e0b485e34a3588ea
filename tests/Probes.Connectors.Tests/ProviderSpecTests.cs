using Probes.Core.ProbeSets;
using Probes.Core.Specs;

namespace Probes.Connectors.Tests;

/// <summary>The campaign parser accepts exactly the providers this assembly can build clients for.</summary>
public sealed class ProviderSpecTests
{
    private const string KeyVariable = "PROBES_SPEC_TEST_KEY";

    [Fact]
    public void Anthropic_and_gemini_targets_parse_with_base_urls_and_key_variables()
    {
        const string yaml = """
            name: native
            probe_sets: [{ builtin: core }]
            targets:
              - { id: claude, provider: anthropic, model: claude-test, api_key_env: PROBES_SPEC_TEST_KEY }
              - { id: gemini, provider: gemini, model: gemini-test, base_url: "http://127.0.0.1:9", api_key_env: PROBES_SPEC_TEST_KEY }
            """;

        var spec = CampaignSpecParser.Parse(yaml, "spec.yaml", Path.GetTempPath(), Environment());

        Assert.Collection(spec.Targets,
            claude => Assert.Equal((KnownProviders.Anthropic, "claude-test", null, KeyVariable), (claude.Provider, claude.Model, claude.BaseUrl, claude.ApiKeyEnv)),
            gemini => Assert.Equal((KnownProviders.Gemini, "http://127.0.0.1:9"), (gemini.Provider, gemini.BaseUrl)));
    }

    [Fact]
    public void An_unknown_provider_is_rejected_naming_the_new_ones()
    {
        const string yaml = """
            name: native
            probe_sets: [{ builtin: core }]
            targets: [{ id: a, provider: bard, model: m }]
            """;

        var error = Assert.Throws<SpecException>(() => CampaignSpecParser.Parse(yaml, "spec.yaml", Path.GetTempPath(), Environment()));

        Assert.Contains("anthropic", error.Message, StringComparison.Ordinal);
        Assert.Contains("gemini", error.Message, StringComparison.Ordinal);
    }

    private static SpecEnvironment Environment() =>
        new(name => name == KeyVariable ? "not-a-real-key" : null, KnownProviders.All, BuiltInProbeSets.Find);
}
