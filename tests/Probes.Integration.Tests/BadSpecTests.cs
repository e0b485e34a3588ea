namespace Probes.Integration.Tests;

/// <summary>Every kind of bad spec stops the CLI before anything starts: one message naming file, line and field; exit 2.</summary>
public sealed class BadSpecTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("probes-badspec-");

    private const string Head = "name: x\nprobe_sets:\n  - builtin: core\n";

    private const string ValidTarget = """
        targets:
          - id: local
            provider: openai
            model: m
            base_url: http://127.0.0.1:9/v1
        """;

    public static TheoryData<string, string, int, string> Cases => new()
    {
        { "malformed", Head + "targets: [\n  - id: a\n", 5, "malformed YAML" },
        { "unknown-field", Head + "colour: red\n" + ValidTarget, 4, "colour" },
        { "unknown-provider", Head + "targets:\n  - id: a\n    provider: opnai\n    model: m\n", 6, "targets[0].provider" },
        { "missing-key", Head + "targets:\n  - id: a\n    provider: openai\n    model: m\n    api_key_env: PROBES_TEST_SURELY_UNSET_VARIABLE\n", 8, "targets[0].api_key_env" },
        { "zero-rpm", Head + "targets:\n  - id: a\n    provider: openai\n    model: m\n    rate: { requests_per_minute: 0 }\n", 8, "targets[0].rate.requests_per_minute" },
        { "negative-in-flight", Head + "targets:\n  - id: a\n    provider: openai\n    model: m\n    rate:\n      max_in_flight: -3\n", 9, "targets[0].rate.max_in_flight" },
        { "replay-nowhere", Head + "targets:\n  - id: a\n    provider: replay\n    model: m\n    dataset: no-such-recording\n", 8, "targets[0].dataset" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_spec_exits_with_2_and_one_clear_message_and_launches_nothing(string name, string yaml, int line, string field)
    {
        var spec = Path.Combine(_folder.FullName, $"{name}.yaml");
        await File.WriteAllTextAsync(spec, yaml);
        var data = Path.Combine(_folder.FullName, $"{name}-data");

        var (exit, output, error) = await CliProcess.RunAsync(null, "run", spec, "--storage", data);

        Assert.Equal(2, exit);
        var message = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"{name}.yaml:{line}", message);
        Assert.Contains(field, message);
        Assert.DoesNotContain("campaign", output);
        Assert.False(Directory.Exists(data), "nothing may be written for a rejected spec");
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
