using Probes.Core.Comparison.SameModel;

namespace Probes.Core.Tests.Comparison.SameModel;

/// <summary>The permutation p-value: valid under the null, small for clearly different models, reproducible.</summary>
public sealed class HammingMmdPermutationTests
{
    private static readonly double[] Even = [1, 1, 1, 1, 1];
    private static readonly double[] Skewed = [6, 1, 1, 0.5, 0.5];

    [Fact]
    public void Identical_samples_give_a_large_p_value()
    {
        var x = ToyCompletions.Sample(new Random(1), Even, prompts: 6, perPrompt: 6);

        var result = HammingMmdTest.Run(x, x);

        Assert.True(result.PValue > 0.5, $"p = {result.PValue}");
        Assert.False(result.Different);
    }

    [Fact]
    public void Under_the_null_p_values_are_valid_at_every_level()
    {
        const int trials = 400;
        var pValues = new double[trials];
        for (var t = 0; t < trials; t++)
        {
            var random = new Random(1000 + t);
            var x = ToyCompletions.Sample(random, Skewed, prompts: 5, perPrompt: 4);
            var y = ToyCompletions.Sample(random, Skewed, prompts: 5, perPrompt: 4);
            pValues[t] = HammingMmdTest.Run(x, y, new SameModelOptions { Permutations = 99, Seed = t }).PValue;
        }

        // P(p ≤ a) ≤ a for a valid p-value; allow three binomial standard deviations of sampling noise.
        foreach (var level in new[] { 0.05, 0.1, 0.25, 0.5 })
        {
            var rate = pValues.Count(p => p <= level) / (double)trials;
            Assert.True(rate <= level + 3 * Math.Sqrt(level * (1 - level) / trials), $"P(p ≤ {level}) = {rate}");
        }
        // …and the test is not trivially conservative: p-values spread over the whole range.
        Assert.InRange(pValues.Count(p => p <= 0.5) / (double)trials, 0.3, 0.7);
    }

    [Fact]
    public void Clearly_different_models_reach_the_smallest_attainable_p_value()
    {
        var random = new Random(3);
        var x = ToyCompletions.Sample(random, [1, 0, 0, 0, 0], prompts: 5, perPrompt: 6);
        var y = ToyCompletions.Sample(random, [0, 0, 0, 0, 1], prompts: 5, perPrompt: 6);

        var result = HammingMmdTest.Run(x, y, new SameModelOptions { Permutations = 199 });

        Assert.Equal(1.0 / 200, result.PValue);
        Assert.True(result.Different);
        Assert.Equal("different at α = 0.05", result.Verdict);
    }

    [Fact]
    public void P_values_lie_on_the_permutation_grid_and_repeat_with_the_seed()
    {
        var random = new Random(4);
        var x = ToyCompletions.Sample(random, Even, prompts: 4, perPrompt: 5);
        var y = ToyCompletions.Sample(random, Skewed, prompts: 4, perPrompt: 5);
        var options = new SameModelOptions { Permutations = 49, Seed = 9 };

        var first = HammingMmdTest.Run(x, y, options);
        var again = HammingMmdTest.Run(x, y, options);

        Assert.Equal(first, again with { Drivers = first.Drivers });
        var exceedances = first.PValue * 50 - 1;
        Assert.Equal(Math.Round(exceedances), exceedances, 9);
        Assert.InRange(exceedances, 0, 49);
    }

    [Fact]
    public void A_verdict_that_fails_to_reject_names_the_budget_and_never_claims_sameness()
    {
        var x = ToyCompletions.Sample(new Random(6), Even, prompts: 3, perPrompt: 3);

        var result = HammingMmdTest.Run(x, x, new SameModelOptions { Permutations = 99 });

        Assert.StartsWith("not distinguishable with this budget (p = ", result.Verdict);
        Assert.Contains(result.PValue.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture), result.Verdict);
        Assert.DoesNotContain("identical", result.Verdict);
        Assert.DoesNotContain("same", result.Verdict);
    }

    [Fact]
    public void Options_that_cannot_give_a_test_are_rejected()
    {
        var x = ToyCompletions.Sample(new Random(6), Even, prompts: 2, perPrompt: 3);

        Assert.Throws<ArgumentOutOfRangeException>(() => HammingMmdTest.Run(x, x, new SameModelOptions { Alpha = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => HammingMmdTest.Run(x, x, new SameModelOptions { Permutations = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => HammingMmdTest.Run(x, x, new SameModelOptions { Length = 0 }));
    }
}
