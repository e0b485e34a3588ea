using static Probes.Core.Tests.Specs.CampaignSpecRejectionTests;

namespace Probes.Core.Tests.Specs;

/// <summary>Missing and malformed fields of the campaign and its targets.</summary>
public sealed class TargetRejectionTests
{
    [Fact]
    public void Missing_name_is_rejected() => SpecAssert.Rejected(
        "probe_sets: [{ builtin: core }]\ntargets: [{ id: a, provider: simulated, model: m }]\n",
        1, "name", "required field is missing");

    [Fact]
    public void Empty_name_is_rejected() => SpecAssert.Rejected(
        "name:\nprobe_sets: [{ builtin: core }]\ntargets: [{ id: a, provider: simulated, model: m }]\n",
        1, "name", "required field is missing or empty");

    [Fact]
    public void Missing_targets_is_rejected() =>
        SpecAssert.Rejected("name: demo\nprobe_sets: [{ builtin: core }]\n", 1, "targets", "required field is missing");

    [Fact]
    public void Empty_target_list_is_rejected() =>
        SpecAssert.Rejected("name: demo\nprobe_sets: [{ builtin: core }]\ntargets: []\n", 3, "targets", "at least one target");

    [Fact]
    public void Targets_must_be_a_list() => SpecAssert.Rejected(
        "name: demo\nprobe_sets: [{ builtin: core }]\ntargets:\n  a: { provider: simulated }\n", 4, "targets", "expected a list, found a mapping");

    [Theory]
    [InlineData("{ provider: simulated, model: m }", "targets[1].id")]
    [InlineData("{ id: b, model: m }", "targets[1].provider")]
    [InlineData("{ id: b, provider: simulated }", "targets[1].model")]
    [InlineData("{ id: b, provider: simulated, model: '' }", "targets[1].model")]
    public void Missing_target_fields_are_rejected(string target, string field) =>
        SpecAssert.Rejected(Spec(targets: $"  - {{ id: a, provider: simulated, model: m }}\n  - {target}"), 7, field, "empty");

    [Fact]
    public void Target_must_be_a_mapping() =>
        SpecAssert.Rejected(Spec(targets: "  - just-a-name"), 6, "targets[0]", "expected a mapping with fields id, provider, model");

    [Fact]
    public void Duplicate_target_ids_are_rejected() => SpecAssert.Rejected(
        Spec(targets: "  - { id: twin, provider: simulated, model: m }\n  - { id: other, provider: simulated, model: m }\n  - { id: twin, provider: openai, model: n }"),
        8, "targets[2].id", "duplicate target id 'twin' (first used by targets[0])");

    [Theory]
    [InlineData("has space")]
    [InlineData("slash/inside")]
    [InlineData("colon:inside")]
    [InlineData("ümlaut")]
    public void Target_ids_outside_the_safe_alphabet_are_rejected(string id) => SpecAssert.Rejected(
        Spec(targets: $"  - id: \"{id}\"\n    provider: simulated\n    model: m"), 6, "targets[0].id", $"invalid id '{id}'");

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://example.test/v1")]
    [InlineData("/relative/path")]
    public void Base_url_must_be_absolute_http(string url) => SpecAssert.Rejected(
        Spec(targets: $"  - id: a\n    provider: openai\n    model: m\n    base_url: \"{url}\""), 9, "targets[0].base_url", "absolute http or https URL");
}
