using Probes.Core.ProbeSets;
using Probes.Core.Specs;
using Probes.Core.Tests.Specs;

namespace Probes.Core.Tests.ProbeSets;

public sealed class ProbeSetReaderTests
{
    [Fact]
    public void Reads_prompts_and_variants_in_order()
    {
        const string yaml = """
            name: small
            version: 3
            probes:
              - id: gene.tree
                family: gene
                prompt: Name a tree.
              - id: identity.maker
                family: identity
                variants:
                  - Who made you?
                  - |-
                    [notice]
                    Who made you?
            """;

        var set = ProbeSetReader.Read(yaml, "small.yaml");

        Assert.Equal("small@3", set.Key);
        Assert.Equal(["gene.tree", "identity.maker"], set.Probes.Select(probe => probe.Id));
        Assert.Equal(["gene", "identity"], set.Probes.Select(probe => probe.Family));
        Assert.Equal(["Name a tree."], set.Probes[0].Variants);
        Assert.Equal(["Who made you?", "[notice]\nWho made you?"], set.Probes[1].Variants);
    }

    [Fact]
    public void Reads_a_file_and_names_it_in_errors()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bad.yaml", "name: bad\nversion: 1\nprobes:\n  - { id: a, family: gene, promt: x }\n");

        var error = Assert.Throws<SpecException>(() => ProbeSetReader.ReadFile(path));

        SpecAssert.Located(error, path, 4, "probes[0].promt", "unknown field 'promt' (allowed: id, family, prompt, variants)");
    }

    [Fact]
    public void Missing_file_is_reported()
    {
        var path = Path.Combine(Path.GetTempPath(), "probes-absent-" + Guid.NewGuid().ToString("N") + ".yaml");

        var error = Assert.Throws<SpecException>(() => ProbeSetReader.ReadFile(path));

        Assert.Equal($"{path}: probe-set file not found", error.Message);
    }

    [Theory]
    [InlineData("name: s\nversion: 1\nprobes: []\n", 3, "probes", "at least one probe")]
    [InlineData("version: 1\nprobes:\n  - { id: a, family: f, prompt: p }\n", 1, "name", "missing")]
    [InlineData("name: s\nprobes:\n  - { id: a, family: f, prompt: p }\n", 1, "version", "missing")]
    [InlineData("name: s\nversion: 1\nprobes:\n  - { family: f, prompt: p }\n", 4, "probes[0].id", "missing")]
    [InlineData("name: s\nversion: 1\nprobes:\n  - { id: a, prompt: p }\n", 4, "probes[0].family", "missing")]
    [InlineData("name: s\nversion: 1\nprobes:\n  - { id: a, family: f }\n", 4, "probes[0]", "exactly one of 'prompt' or 'variants'")]
    [InlineData("name: s\nversion: 1\nprobes:\n  - { id: a, family: f, prompt: p, variants: [q] }\n", 4, "probes[0]", "exactly one of")]
    [InlineData("name: s\nversion: 1\nprobes:\n  - { id: a, family: f, variants: [] }\n", 4, "probes[0].variants", "at least one variant")]
    [InlineData("name: s\nversion: 1\nprobes:\n  - id: a\n    family: f\n    variants:\n      - p\n      - p\n", 8, "probes[0].variants[1]", "duplicate variant")]
    [InlineData("name: s\nversion: 1\nprobes:\n  - id: a\n    family: f\n    variants:\n      - [nested]\n", 7, "probes[0].variants[0]", "expected text, found a list")]
    [InlineData("name: s\nversion: 1\nprobes:\n  - { id: a, family: f, prompt: '  ' }\n", 4, "probes[0].prompt", "must not be empty")]
    [InlineData("name: s\nversion: 1\nprobes:\n  - { id: a, family: f, prompt: p }\n  - { id: a, family: g, prompt: q }\n", 5, "probes[1].id", "duplicate probe id 'a' (first used by probes[0])")]
    [InlineData("name: s\nversion: 1\nprobes:\n  - { id: 'a b', family: f, prompt: p }\n", 4, "probes[0].id", "invalid id 'a b'")]
    [InlineData("name: my set\nversion: 1\nprobes:\n  - { id: a, family: f, prompt: p }\n", 1, "name", "invalid id 'my set'")]
    [InlineData("name: s\nversion: 1\nversoin: 2\nprobes:\n  - { id: a, family: f, prompt: p }\n", 3, "versoin", "(allowed: name, version, probes)")]
    [InlineData("name: s\nversion: [1\n", 3, null, "malformed YAML")]
    public void Invalid_probe_sets_are_rejected_at_their_place(string yaml, int line, string? field, string problem)
    {
        var error = Assert.Throws<SpecException>(() => ProbeSetReader.Read(yaml, "set.yaml"));

        SpecAssert.Located(error, "set.yaml", line, field, problem);
    }
}
