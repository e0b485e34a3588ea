using Probes.Core.Specs;
using static Probes.Core.Tests.Specs.CampaignSpecRejectionTests;

namespace Probes.Core.Tests.Specs;

/// <summary>The <c>tokens_per_minute</c> field of a target's <c>rate</c> block.</summary>
public sealed class TokensPerMinuteSpecTests
{
    [Fact]
    public void A_token_limit_is_read_next_to_the_request_limit()
    {
        const string yaml = """
            name: tokens
            probe_sets: [{ builtin: core }]
            targets:
              - id: a
                provider: simulated
                model: m
                rate: { requests_per_minute: 3000, tokens_per_minute: 150000, max_in_flight: 32 }
              - { id: b, provider: simulated, model: m }
            """;

        var spec = CampaignSpecParser.Parse(yaml, "spec.yaml", Path.GetTempPath(), TestSpecEnvironment.With());

        Assert.Equal(new RateSettings(3000, 32, 150_000), spec.Targets[0].Rate);
        Assert.Null(spec.Targets[1].Rate.TokensPerMinute);
    }

    [Theory]
    [InlineData("tokens_per_minute: 0", "found 0")]
    [InlineData("tokens_per_minute: -100", "found -100")]
    [InlineData("tokens_per_minute: 1.5", "expected a whole number, found '1.5'")]
    [InlineData("tokens_per_minute: many", "expected a whole number, found 'many'")]
    public void A_token_limit_must_be_a_positive_whole_number(string rate, string problem) => SpecAssert.Rejected(
        Spec(targets: $"  - id: a\n    provider: simulated\n    model: m\n    rate:\n      requests_per_minute: 60\n      {rate}"),
        11, "targets[0].rate.tokens_per_minute", problem);
}
