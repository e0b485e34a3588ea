using Probes.Core.Fingerprints;
using Probes.Core.Fingerprints.Families;
using Probes.Core.Records;

namespace Probes.Core.Tests.Fingerprints;

public sealed class ServiceFeaturesTests
{
    private static ProbeRecord Call(string promptHash, int? promptTokens, string? model, string? systemFingerprint, double latencyMs) =>
        TestRecords.Success("p", "ok") with
        {
            PromptHash = promptHash, PromptTokens = promptTokens, ReturnedModel = model, SystemFingerprint = systemFingerprint, LatencyMs = latencyMs,
        };

    private static ServiceFeatures Fold(IEnumerable<ProbeRecord> records)
    {
        var family = new ServiceFeatures();
        foreach (var record in records) family.Add(ResponseSample.Of(record));
        return family;
    }

    private static List<ProbeRecord> Calls() =>
    [
        Call("h1", 12, "gpt-x-2025", "fp_a", 120), Call("h1", 12, "gpt-x-2025", "fp_a", 180), Call("h1", 13, "gpt-x-2025", null, 950),
        Call("h2", 40, null, "fp_b", 300), Call("h2", null, "gpt-x-2025", "fp_a", 310),
    ];

    [Fact]
    public void Model_names_and_system_fingerprints_are_counted_with_absence_as_a_value()
    {
        var service = Fold(Calls());
        Assert.Equal([new("gpt-x-2025", 4, 0), new(ServiceFeatures.NotReported, 1, 0)], service.ReturnedModels.Entries);
        Assert.Equal([new("fp_a", 3, 0), new(ServiceFeatures.NotReported, 1, 0), new("fp_b", 1, 0)], service.SystemFingerprints.Entries);
    }

    [Fact]
    public void Reported_prompt_tokens_are_kept_per_prompt_with_counts()
    {
        var tokens = Fold(Calls()).PromptTokens;
        Assert.Equal(["h1", "h2"], tokens.Keys);
        Assert.Equal(new Dictionary<int, long> { [12] = 2, [13] = 1 }, tokens["h1"]);
        Assert.Equal(new Dictionary<int, long> { [40] = 1 }, tokens["h2"]);
    }

    [Fact]
    public void Latency_quantiles_come_from_the_sketch()
    {
        var latency = Fold(Calls()).LatencyMs;
        Assert.Equal(5, latency.Count);
        Assert.Equal((120.0, 950.0), (latency.Quantile(0), latency.Quantile(1)));
        Assert.InRange(latency.Quantile(0.5), 300 * 0.99, 300 * 1.01);
    }

    [Fact]
    public void Merging_adds_counts_and_unions_prompts()
    {
        var calls = Calls();
        var merged = Fold(calls.Take(2));
        merged.Merge(Fold(calls.Skip(2)));
        var whole = Fold(calls);
        Assert.Equal(whole.PromptTokens["h1"], merged.PromptTokens["h1"]);
        Assert.Equal(whole.ReturnedModels.Entries, merged.ReturnedModels.Entries);
        Assert.Equal(whole.LatencyMs.Quantile(0.5), merged.LatencyMs.Quantile(0.5));
    }
}
