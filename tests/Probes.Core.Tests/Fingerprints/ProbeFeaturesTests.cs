using Probes.Core.Fingerprints;
using Probes.Core.Fingerprints.Families;
using Probes.Core.Records;
using Probes.Core.Sketches;

namespace Probes.Core.Tests.Fingerprints;

public sealed class ProbeFeaturesTests
{
    private static ProbeFeatures Fold(params ProbeRecord[] records)
    {
        var family = new ProbeFeatures();
        foreach (var record in records) family.Add(ResponseSample.Of(record));
        return family;
    }

    private static ProbeRecord Reply(string response, int variant = 0, double temperature = 1, string prompt = "Answer briefly.",
        string? finishReason = "stop", string probeId = "p") =>
        TestRecords.Success(probeId, response) with { Variant = variant, Temperature = temperature, Prompt = prompt, FinishReason = finishReason };

    [Fact]
    public void Statistics_are_kept_per_probe_and_variant()
    {
        var family = Fold(Reply("a"), Reply("b", variant: 1), Reply("c", variant: 1), Reply("d", probeId: "q"));
        Assert.Equal(["p#0", "p#1", "q#0"], family.ByPrompt.Keys);
        Assert.Equal(2, family.ByPrompt["p#1"].Responses);
        Assert.Equal(2, family.ByPrompt["p#1"].Positions.Count);
    }

    [Fact]
    public void Greedy_outputs_count_only_temperature_zero_and_give_the_determinism_rate()
    {
        var statistics = Fold(Reply("Paris.", temperature: 0), Reply(" Paris.</s>", temperature: 0), Reply("Paris.", temperature: 0),
            Reply("Paris, France.", temperature: 0), Reply("Lyon", temperature: 0.7)).ByPrompt["p#0"];
        Assert.Equal(4, statistics.GreedyOutputs.Total);
        Assert.Equal(2, statistics.GreedyOutputs.Count);
        Assert.Equal(0.75, statistics.DeterminismRate);
        Assert.True(double.IsNaN(Fold(Reply("x")).ByPrompt["p#0"].DeterminismRate));
    }

    [Theory]
    [InlineData("I\u2019m sorry, but I can\u2019t help with that.", true)]
    [InlineData("AS AN AI, I do not have feelings.", true)]
    [InlineData("抱歉，我无法回答这个问题。", true)]
    [InlineData("Lo siento, no puedo ayudar con eso.", true)]
    [InlineData("Sure! The capital of France is Paris.", false)]
    public void Refusals_are_found_by_the_lexicon(string response, bool refused) =>
        Assert.Equal(refused ? 1 : 0, Fold(Reply(response)).ByPrompt["p#0"].Refusals);

    [Fact]
    public void Only_the_opening_is_searched_for_refusals()
    {
        var longAnswer = string.Concat(Enumerable.Repeat("Paris is lovely in spring. ", 12)) + "I cannot say more.";
        Assert.Equal(0, Fold(Reply(longAnswer)).ByPrompt["p#0"].Refusals);
    }

    [Theory]
    [InlineData("请用一句话回答：法国的首都是哪里？", "The capital of France is Paris.", 1)]
    [InlineData("What is the capital of France?", "La capitale de la France est Paris.", 0)]
    [InlineData("What is the capital of France?", "巴黎。", 1)]
    [InlineData("What is the capital of France?", "42 — 1789!", 0)]
    [InlineData("Назови столицу Франции.", "Париж.", 0)]
    public void A_reply_in_another_script_than_the_prompt_is_a_language_switch(string prompt, string response, int switches) =>
        Assert.Equal(switches, Fold(Reply(response, prompt: prompt)).ByPrompt["p#0"].LanguageSwitches);

    [Fact]
    public void Think_tags_finish_reasons_and_lengths_are_counted()
    {
        var statistics = Fold(Reply("<think>Let me see.</think> Paris"), Reply("Paris", finishReason: "length"),
            Reply("Paris", finishReason: null), Reply("Par\U0001F600")).ByPrompt["p#0"];
        Assert.Equal(1, statistics.ThinkTags);
        var reasons = statistics.FinishReasons.Entries.ToDictionary(entry => entry.Item, entry => entry.Count);
        Assert.Equal(new Dictionary<string, long> { ["stop"] = 2, ["length"] = 1, [PromptStatistics.NoFinishReason] = 1 }, reasons);
        Assert.Equal(4, statistics.Lengths.Count);
        Assert.InRange(statistics.LengthQuantiles.Quantile(0.5), 5 * 0.99, 5 * 1.01);
        Assert.Equal((3L, 1L), (statistics.Positions.CountOf(3, 'i'), statistics.Positions.CountOf(3, 0x1F600)));
    }

    [Fact]
    public void Hamming_mmd_pools_the_prompts_both_fingerprints_answered()
    {
        var x = Fold(Reply("Paris"), Reply("Paris"), Reply("Lyon"), Reply("blue", probeId: "colour"), Reply("red", probeId: "colour"),
            Reply("seven", probeId: "only-x"), Reply("eight", probeId: "only-x"));
        var y = Fold(Reply("Paris"), Reply("Nice"), Reply("blue", probeId: "colour"), Reply("blue", probeId: "colour"));
        var expected = PositionCharTable.PooledMmdSquared([
            (x.ByPrompt["colour#0"].Positions, y.ByPrompt["colour#0"].Positions),
            (x.ByPrompt["p#0"].Positions, y.ByPrompt["p#0"].Positions),
        ]);
        Assert.Equal(expected, ProbeFeatures.HammingMmdSquared(x, y), 12);
        Assert.True(double.IsNaN(ProbeFeatures.HammingMmdSquared(x, Fold(Reply("z", probeId: "elsewhere")))));
    }

    [Fact]
    public void Statistics_that_disagree_on_the_number_of_responses_are_rejected()
    {
        var statistics = Fold(Reply("a"), Reply("b")).ByPrompt["p#0"];
        Assert.Throws<ArgumentException>(() => new PromptStatistics(3, statistics.Positions, statistics.GreedyOutputs, 0, 0, 0,
            statistics.FinishReasons, statistics.Lengths, statistics.LengthQuantiles));
        Assert.Throws<ArgumentException>(() => new PromptStatistics(2, statistics.Positions, statistics.GreedyOutputs, 3, 0, 0,
            statistics.FinishReasons, statistics.Lengths, statistics.LengthQuantiles));
    }
}
