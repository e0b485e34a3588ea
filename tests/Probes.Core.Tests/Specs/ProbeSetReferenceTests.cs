using Probes.Core.Specs;

namespace Probes.Core.Tests.Specs;

/// <summary>The <c>probe_sets</c> list: built-in names and files, all loaded while the spec is checked.</summary>
public sealed class ProbeSetReferenceTests
{
    private const string Targets = "targets: [{ id: a, provider: simulated, model: m }]\n";

    [Fact]
    public void Unknown_builtin_lists_the_known_sets() => SpecAssert.Rejected(
        "name: demo\nprobe_sets:\n  - builtin: core\n  - builtin: coer\n" + Targets,
        4, "probe_sets[1].builtin", "unknown built-in probe set 'coer' (known: core)");

    [Fact]
    public void Missing_probe_set_file_is_rejected_with_the_path_looked_at()
    {
        using var folder = new TempFolder();
        var specPath = folder.Write("spec.yaml", "name: demo\nprobe_sets:\n  - file: missing.yaml\n" + Targets);

        var error = Assert.Throws<SpecException>(() => CampaignSpecParser.ParseFile(specPath, TestSpecEnvironment.With()));

        SpecAssert.Located(error, specPath, 3, "probe_sets[0].file", "probe-set file not found");
        Assert.Contains(Path.Combine(folder.Path, "missing.yaml"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_probe_set_file_is_reported_in_its_own_file_and_line()
    {
        using var folder = new TempFolder();
        var probesPath = folder.Write("mine.yaml", "name: mine\nversion: 1\nprobes:\n  - { id: x, family: gene }\n");
        var specPath = folder.Write("spec.yaml", "name: demo\nprobe_sets:\n  - file: mine.yaml\n" + Targets);

        var error = Assert.Throws<SpecException>(() => CampaignSpecParser.ParseFile(specPath, TestSpecEnvironment.With()));

        SpecAssert.Located(error, probesPath, 4, "probes[0]", "give exactly one of 'prompt' or 'variants'");
    }

    [Theory]
    [InlineData("{ builtin: core, file: mine.yaml }")]
    [InlineData("{}")]
    [InlineData("{ builtin: null }")]
    [InlineData("{ file: mine.yaml, dataset: recorded }")]
    public void Reference_needs_exactly_one_source(string reference) => SpecAssert.Rejected(
        $"name: demo\nprobe_sets:\n  - {reference}\n" + Targets, 3, "probe_sets[0]", "exactly one of 'builtin', 'file' or 'dataset'");

    [Fact]
    public void Empty_probe_set_list_is_rejected() =>
        SpecAssert.Rejected("name: demo\nprobe_sets: []\n" + Targets, 2, "probe_sets", "at least one probe set");

    [Fact]
    public void Missing_probe_set_list_is_rejected() =>
        SpecAssert.Rejected("name: demo\n" + Targets, 1, "probe_sets", "required field is missing");

    [Fact]
    public void Probe_ids_must_be_unique_across_the_campaign() => SpecAssert.Rejected(
        "name: demo\nprobe_sets:\n  - builtin: core\n  - builtin: core\n" + Targets,
        4, "probe_sets[1].builtin", "probe id 'identity.creator' of core@1 is also in core@1");

    [Fact]
    public void Resolving_an_unknown_reference_outside_a_spec_still_explains_itself()
    {
        var error = Assert.Throws<SpecException>(() =>
            ProbeSetResolver.Resolve(new ProbeSetReference("nope", null), TestSpecEnvironment.With()));

        Assert.Equal("builtin:nope: unknown built-in probe set 'nope' (known: core)", error.Message);
    }
}
