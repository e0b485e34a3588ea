using Probes.Core.Specs;

namespace Probes.Connectors.Tests;

public sealed class SimulatedDeterminismTests
{
    public static TheoryData<string> Models => new(Simulated.SimulatedFamily.Standard.ModelNames);

    [Theory]
    [MemberData(nameof(Models))]
    public void Same_model_prompt_and_seed_give_the_same_reply(string model)
    {
        var sampling = new SamplingSettings(1.0, 256, null);
        foreach (var prompt in SimulatedSamples.OpenPrompts.Concat(SimulatedSamples.PickPrompts))
        {
            var first = SimulatedSamples.Model(model).Complete(prompt, sampling, 12345);
            var second = SimulatedSamples.Model(model).Complete(prompt, sampling, 12345);
            Assert.Equal(first, second);
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Different_seeds_draw_different_replies_at_temperature_one(string model)
    {
        var replies = SimulatedSamples.Replies(model, ["Describe the city at night."], seeds: 20, firstSeed: 1).ToList();

        Assert.True(replies.Distinct().Count() >= 15, $"only {replies.Distinct().Count()} distinct replies of 20");
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Temperature_zero_is_greedy_and_ignores_the_seed(string model)
    {
        foreach (var prompt in SimulatedSamples.OpenPrompts.Concat(SimulatedSamples.PickPrompts).Concat(SimulatedSamples.IdentityPrompts))
        {
            var replies = SimulatedSamples.Replies(model, [prompt], seeds: 10, firstSeed: 1, temperature: 0).Distinct().ToList();
            Assert.Single(replies);
        }
    }

    [Fact]
    public void Greedy_replies_still_depend_on_the_prompt()
    {
        var replies = SimulatedSamples.Replies("sim-alpha", SimulatedSamples.OpenPrompts, seeds: 1, firstSeed: 1, temperature: 0);

        Assert.Equal(SimulatedSamples.OpenPrompts.Length, replies.Distinct().Count());
    }

    [Fact]
    public void Higher_temperature_flattens_answer_preferences()
    {
        int DistinctAnimals(double temperature) => SimulatedSamples
            .Replies("sim-beta", ["Pick an animal."], seeds: 200, firstSeed: 1, temperature)
            .Select(SimulatedSamples.PickedAnswer).Distinct().Count();

        Assert.True(DistinctAnimals(0.3) < DistinctAnimals(1.0));
        Assert.True(DistinctAnimals(1.0) < DistinctAnimals(3.0));
    }

    [Fact]
    public void The_system_prompt_is_part_of_the_context()
    {
        var model = SimulatedSamples.Model("sim-gamma");
        var plain = model.Complete("Write about the ocean.", new SamplingSettings(0, 256, null), 1);
        var steered = model.Complete("Write about the ocean.", new SamplingSettings(0, 256, "Be a poet."), 1);

        Assert.NotEqual(plain.Text, steered.Text);
        Assert.True(steered.PromptTokens > plain.PromptTokens);
    }
}
