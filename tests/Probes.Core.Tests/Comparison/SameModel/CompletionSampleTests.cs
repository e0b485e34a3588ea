using Probes.Core.Comparison.SameModel;
using Probes.Core.Records;
using Probes.Core.Tests.Fingerprints;

namespace Probes.Core.Tests.Comparison.SameModel;

/// <summary>Records read back from storage become per-prompt completion samples the test can compare.</summary>
public sealed class CompletionSampleTests
{
    private static ProbeRecord Record(string probe, int variant, string response, string promptHash = "h") =>
        TestRecords.Success(probe, response) with { Variant = variant, PromptHash = promptHash + probe + variant };

    [Fact]
    public void Successful_records_are_grouped_by_probe_and_variant_and_failures_are_counted()
    {
        ProbeRecord[] records =
        [
            Record("gene.animal", 0, "Otter."), Record("gene.animal", 1, "Fox."), Record("gene.animal", 0, "Heron."),
            TestRecords.Failure("gene.animal") with { Variant = 0 },
            Record("style.rivers", 0, "Rivers bend because…"),
        ];

        var sample = CompletionSample.FromRecords(records);

        Assert.Equal(["gene.animal#0", "gene.animal#1", "style.rivers#0"], sample.ByPrompt.Keys.Order());
        Assert.Equal(["Otter.", "Heron."], sample.ByPrompt["gene.animal#0"]);
        Assert.Equal(1, sample.Failed);
        Assert.Equal("hgene.animal1", sample.PromptHashes["gene.animal#1"]);
        Assert.Equal(["temperature 1, max tokens 256, system prompt none"], sample.Samplings);
    }

    [Fact]
    public void Different_sampling_settings_are_all_reported()
    {
        var sample = CompletionSample.FromRecords([Record("p", 0, "a"), Record("p", 0, "b") with { Temperature = 0.7, SystemPromptHash = "s1" }]);

        Assert.Equal(["temperature 0.7, max tokens 256, system prompt s1", "temperature 1, max tokens 256, system prompt none"], sample.Samplings);
    }

    [Fact]
    public void Aligning_drops_prompts_whose_text_changed_between_the_samples()
    {
        var a = CompletionSample.FromRecords([Record("p", 0, "a1"), Record("p", 0, "a2"), Record("q", 0, "x1"), Record("q", 0, "x2"), Record("only.a", 0, "z")]);
        var b = CompletionSample.FromRecords([Record("p", 0, "b1"), Record("p", 0, "b2"), Record("q", 0, "y1", promptHash: "other"), Record("q", 0, "y2", promptHash: "other")]);

        var aligned = a.AlignWith(b);

        Assert.Equal(["q#0"], aligned.ChangedPrompts);
        Assert.Equal(["only.a#0", "p#0"], aligned.X.Keys.Order());
        Assert.Equal(["p#0"], aligned.Y.Keys);
        Assert.Equal(1, HammingMmdTest.Run(aligned.X, aligned.Y, new SameModelOptions { Permutations = 9 }).Prompts);
    }
}
