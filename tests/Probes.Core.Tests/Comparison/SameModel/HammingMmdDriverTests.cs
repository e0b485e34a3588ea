using Probes.Core.Comparison.SameModel;

namespace Probes.Core.Tests.Comparison.SameModel;

/// <summary>The reported drivers point at the prompt and the words where a planted difference lies.</summary>
public sealed class HammingMmdDriverTests
{
    [Fact]
    public void The_prompt_with_a_planted_difference_drives_the_verdict_with_its_first_differing_word()
    {
        var random = new Random(2);
        var x = ToyCompletions.Sample(random, [1, 1, 1, 1, 1], prompts: 6, perPrompt: 6);
        var y = x.ToDictionary(kv => kv.Key, kv => kv.Value);
        x["toy.planted#0"] = ["My pick is cat, of course.", "My pick is cat.", "My pick is cat!", "My pick is cat today."];
        y["toy.planted#0"] = ["My pick is dog, of course.", "My pick is dog.", "My pick is dog!", "My pick is cat."];

        var result = HammingMmdTest.Run(x, y, new SameModelOptions { Permutations = 99, MaxDrivers = 3 });

        Assert.Equal(3, result.Drivers.Count);
        var top = result.Drivers[0];
        Assert.Equal("toy.planted#0", top.Prompt);
        Assert.True(top.MmdSquared > result.Drivers[1].MmdSquared);
        Assert.Equal(new WordContrast(3, "cat", "dog"), top.FirstDifferingWord);
        Assert.Contains(top.Positions, p => p.Position == 11 && p.CommonX == "c" && p.CommonY == "d" && Math.Abs(p.Distance - 0.75) < 1e-12);
        Assert.All(result.Drivers.Skip(1), d => Assert.Null(d.FirstDifferingWord));
        Assert.All(result.Drivers.Skip(1), d => Assert.Empty(d.Positions));
    }

    [Fact]
    public void A_completion_that_ends_earlier_shows_as_the_end_of_text()
    {
        var x = new Dictionary<string, IReadOnlyList<string>> { ["p"] = ["Yes.", "Yes."] };
        var y = new Dictionary<string, IReadOnlyList<string>> { ["p"] = ["Yes, indeed.", "Yes, indeed."] };

        var driver = HammingMmdTest.Run(x, y, new SameModelOptions { Permutations = 9 }).Drivers.Single();

        Assert.Equal(new WordContrast(1, PositionContrast.EndOfText, "indeed"), driver.FirstDifferingWord);
        Assert.Equal(new PositionContrast(3, 1.0, ".", ","), driver.Positions[0]);
        Assert.Equal(new PositionContrast(4, 1.0, PositionContrast.EndOfText, " "), driver.Positions[1]);
    }
}
