using Probes.Core.Specs;

namespace Probes.Core.Tests.Specs;

/// <summary>Spec mistakes that must stop a campaign before it starts, each pointing at its line and field.</summary>
public sealed class CampaignSpecRejectionTests
{
    [Fact]
    public void Unknown_top_level_field_lists_the_allowed_ones()
    {
        const string yaml = """
            name: demo
            probe_sets: [{ builtin: core }]
            sample_per_probe: 3
            targets: [{ id: a, provider: simulated, model: m }]
            """;

        SpecAssert.Rejected(yaml, 3, "sample_per_probe",
            "unknown field 'sample_per_probe' (allowed: name, probe_sets, samples_per_probe, sampling, targets, budget)");
    }

    [Fact]
    public void Unknown_field_in_sampling() => SpecAssert.Rejected(
        Spec(sampling: "sampling:\n  temprature: 0.5"), 5, "sampling.temprature",
        "(allowed: temperature, max_tokens, system_prompt)");

    [Fact]
    public void Unknown_field_in_a_target() => SpecAssert.Rejected(
        Spec(targets: "  - { id: a, provider: simulated, model: m }\n  - { id: b, provider: simulated, model: m, key: x }"),
        7, "targets[1].key", "(allowed: id, provider, model, base_url, api_key_env, rate, dataset, price)");

    [Fact]
    public void Unknown_field_in_a_rate() => SpecAssert.Rejected(
        Spec(targets: "  - id: a\n    provider: simulated\n    model: m\n    rate:\n      rpm: 5"),
        10, "targets[0].rate.rpm", "(allowed: requests_per_minute, tokens_per_minute, max_in_flight)");

    [Fact]
    public void Unknown_field_in_a_probe_set_reference() => SpecAssert.Rejected(
        "name: demo\nprobe_sets:\n  - { builtin: core, path: x.yaml }\ntargets: [{ id: a, provider: simulated, model: m }]",
        3, "probe_sets[0].path", "(allowed: builtin, file, dataset)");

    [Fact]
    public void Unknown_provider_names_the_known_ones()
    {
        var error = SpecAssert.Rejected(Spec(targets: "  - id: a\n    provider: opnai\n    model: m"), 7, "targets[0].provider", "unknown provider");

        Assert.Equal("spec.yaml:7: targets[0].provider: unknown provider 'opnai' (known: openai, replay, simulated)", error.Message);
    }

    [Fact]
    public void Quoted_values_spanning_lines_keep_the_message_on_one_line()
    {
        var error = Assert.Throws<SpecException>(() => CampaignSpecParser.Parse(
            Spec(targets: "  - { id: a, provider: \"open\\nai\", model: m }"), "spec.yaml", Path.GetTempPath(), TestSpecEnvironment.With()));

        Assert.Equal("spec.yaml:6: targets[0].provider: unknown provider 'open\\nai' (known: openai, replay, simulated)", error.Message);
    }

    [Fact]
    public void Missing_key_variable_names_the_variable()
    {
        var targets = "  - { id: a, provider: openai, model: m, api_key_env: PROBES_TEST_KEY }";

        var error = SpecAssert.Rejected(Spec(targets: targets), 6, "targets[0].api_key_env", "'PROBES_TEST_KEY' is not set");

        Assert.Equal("spec.yaml:6: targets[0].api_key_env: environment variable 'PROBES_TEST_KEY' is not set or is empty", error.Message);
    }

    [Fact]
    public void Empty_key_variable_counts_as_missing() => SpecAssert.Rejected(
        Spec(targets: "  - { id: a, provider: openai, model: m, api_key_env: PROBES_TEST_KEY }"),
        6, "targets[0].api_key_env", "'PROBES_TEST_KEY' is not set", TestSpecEnvironment.With(("PROBES_TEST_KEY", "")));

    [Theory]
    [InlineData("requests_per_minute: 0", "requests_per_minute", "found 0")]
    [InlineData("requests_per_minute: -5", "requests_per_minute", "found -5")]
    [InlineData("max_in_flight: 0", "max_in_flight", "found 0")]
    [InlineData("max_in_flight: -1", "max_in_flight", "found -1")]
    [InlineData("max_in_flight: 2.5", "max_in_flight", "expected a whole number, found '2.5'")]
    [InlineData("requests_per_minute: lots", "requests_per_minute", "expected a whole number, found 'lots'")]
    public void Non_positive_or_non_numeric_rates_are_rejected(string rate, string field, string problem) => SpecAssert.Rejected(
        Spec(targets: $"  - id: a\n    provider: simulated\n    model: m\n  - id: b\n    provider: simulated\n    model: m\n    rate: {{ {rate} }}"),
        12, $"targets[1].rate.{field}", problem);

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public void Non_positive_samples_per_probe_is_rejected(string samples) =>
        SpecAssert.Rejected(Spec(samples: $"samples_per_probe: {samples}"), 3, "samples_per_probe", $"must be a positive whole number, found {samples}");

    [Fact]
    public void Negative_temperature_is_rejected() =>
        SpecAssert.Rejected(Spec(sampling: "sampling: { temperature: -0.1 }"), 4, "sampling.temperature", "must be zero or more");

    [Fact]
    public void Non_numeric_temperature_is_rejected() =>
        SpecAssert.Rejected(Spec(sampling: "sampling: { temperature: hot }"), 4, "sampling.temperature", "expected a number, found 'hot'");

    [Theory]
    [InlineData("0")]
    [InlineData("-10")]
    public void Non_positive_max_tokens_is_rejected(string maxTokens) =>
        SpecAssert.Rejected(Spec(sampling: $"sampling: {{ max_tokens: {maxTokens} }}"), 4, "sampling.max_tokens", "must be a positive whole number");

    // A valid spec whose parts can be replaced. Lines: 1 name, 2 probe_sets, 3 samples, 4 sampling (when one line),
    // then "targets:" and the targets from the next line on.
    internal static string Spec(
        string samples = "samples_per_probe: 2",
        string sampling = "sampling: { temperature: 1.0 }",
        string targets = "  - { id: a, provider: simulated, model: m }") =>
        $"name: demo\nprobe_sets: [{{ builtin: core }}]\n{samples}\n{sampling}\ntargets:\n{targets}\n";
}
