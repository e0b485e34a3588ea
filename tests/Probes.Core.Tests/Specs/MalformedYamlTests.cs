namespace Probes.Core.Tests.Specs;

/// <summary>Text that is not a single YAML mapping is rejected at the line the YAML parser stopped.</summary>
public sealed class MalformedYamlTests
{
    [Fact]
    public void Malformed_yaml_reports_the_parser_line()
    {
        const string yaml = """
            name: broken
            probe_sets:
              - builtin: core
            targets:
              - id: "unterminated
                provider: simulated
            """;

        var error = SpecAssert.Rejected(yaml, 5, null, "malformed YAML");

        Assert.IsType<YamlDotNet.Core.YamlException>(error.InnerException, exactMatch: false);
        Assert.DoesNotContain("(Line:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_indentation_is_malformed_yaml()
    {
        const string yaml = """
            name: broken
              probe_sets: []
            """;

        SpecAssert.Rejected(yaml, 2, null, "malformed YAML");
    }

    [Fact]
    public void Duplicate_keys_are_malformed_yaml()
    {
        const string yaml = """
            name: one
            name: two
            """;

        SpecAssert.Rejected(yaml, 2, null, "malformed YAML");
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void Empty_document_is_rejected(string yaml) => SpecAssert.Rejected(yaml, 1, null, "empty");

    [Fact]
    public void Root_must_be_a_mapping() => SpecAssert.Rejected("- name: demo\n", 1, null, "expected a mapping with fields name, probe_sets");

    [Fact]
    public void A_second_document_is_rejected() =>
        SpecAssert.Rejected("name: a\n---\nname: b\n", 3, null, "expected one YAML document, found 2");
}
