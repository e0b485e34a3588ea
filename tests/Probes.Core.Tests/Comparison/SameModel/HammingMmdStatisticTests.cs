using Probes.Core.Comparison.SameModel;

namespace Probes.Core.Tests.Comparison.SameModel;

/// <summary>The pooled statistic against two independent computations: pairwise padding and the position tables.</summary>
public sealed class HammingMmdStatisticTests
{
    private const char Pad = '\0';

    private static Dictionary<string, IReadOnlyList<string>> Uneven(int seed)
    {
        var random = new Random(seed);
        var sample = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var p = 0; p < 7; p++)
        {
            sample[$"p{p}"] = Enumerable.Range(0, random.Next(1, 7)).Select(_ => ToyCompletions.Letters(random, random.Next(0, 30))).ToArray();
        }
        sample[$"only{seed}"] = ["abc", "abd"];
        return sample;
    }

    private static string Padded(string text, int length) =>
        text.Length >= length ? text[..length] : text + new string(Pad, length - text.Length);

    private static IEnumerable<(string[] X, string[] Y)> Shared(Dictionary<string, IReadOnlyList<string>> x, Dictionary<string, IReadOnlyList<string>> y, int length) =>
        from key in x.Keys
        where x[key].Count >= 2 && y.TryGetValue(key, out var other) && other.Count >= 2
        select (x[key].Select(t => Padded(t, length)).ToArray(), y[key].Select(t => Padded(t, length)).ToArray());

    private static double BruteForce(Dictionary<string, IReadOnlyList<string>> x, Dictionary<string, IReadOnlyList<string>> y, int length)
    {
        static int K(string a, string b) => a.Zip(b).Count(pair => pair.First == pair.Second);
        double sxx = 0, sxy = 0, syy = 0, nxx = 0, nxy = 0, nyy = 0;
        foreach (var (xs, ys) in Shared(x, y, length))
        {
            sxx += (from i in xs.Index() from j in xs.Index() where i.Index != j.Index select K(i.Item, j.Item)).Sum();
            syy += (from i in ys.Index() from j in ys.Index() where i.Index != j.Index select K(i.Item, j.Item)).Sum();
            sxy += (from a in xs from b in ys select K(a, b)).Sum();
            (nxx, nxy, nyy) = (nxx + xs.Length * (xs.Length - 1), nxy + xs.Length * ys.Length, nyy + ys.Length * (ys.Length - 1));
        }
        return (sxx / nxx - 2 * sxy / nxy + syy / nyy) / length;
    }

    /// <summary>The science notes' form: Σ c² − n·L within a sample, Σ cₓ·cᵧ across, from position × symbol counts.</summary>
    private static double FromPositionTables(Dictionary<string, IReadOnlyList<string>> x, Dictionary<string, IReadOnlyList<string>> y, int length)
    {
        double sxx = 0, sxy = 0, syy = 0, nxx = 0, nxy = 0, nyy = 0;
        foreach (var (xs, ys) in Shared(x, y, length))
        {
            for (var i = 0; i < length; i++)
            {
                var cx = xs.GroupBy(t => t[i]).ToDictionary(g => g.Key, g => g.Count());
                var cy = ys.GroupBy(t => t[i]).ToDictionary(g => g.Key, g => g.Count());
                sxx += cx.Values.Sum(c => (double)c * c);
                syy += cy.Values.Sum(c => (double)c * c);
                sxy += cx.Sum(kv => kv.Value * (double)cy.GetValueOrDefault(kv.Key));
            }
            sxx -= xs.Length * length;
            syy -= ys.Length * length;
            (nxx, nxy, nyy) = (nxx + xs.Length * (xs.Length - 1), nxy + xs.Length * ys.Length, nyy + ys.Length * (ys.Length - 1));
        }
        return (sxx / nxx - 2 * sxy / nxy + syy / nyy) / length;
    }

    [Theory]
    [InlineData(1, 16)]
    [InlineData(2, 16)]
    [InlineData(3, 128)]
    [InlineData(4, 5)]
    public void The_statistic_equals_the_brute_force_and_the_position_table_computations(int seed, int length)
    {
        var x = Uneven(seed);
        var y = Uneven(seed + 100);

        var statistic = HammingMmdTest.Statistic(x, y, length);

        Assert.Equal(BruteForce(x, y, length), statistic, 12);
        Assert.Equal(FromPositionTables(x, y, length), statistic, 12);
        var result = HammingMmdTest.Run(x, y, new SameModelOptions { Length = length, Permutations = 20 });
        Assert.Equal(statistic, result.MmdSquared);
        Assert.Equal(Shared(x, y, length).Count(), result.Prompts);
        Assert.Equal(Shared(x, y, length).Sum(s => s.X.Length), result.SamplesX);
        Assert.Equal(Shared(x, y, length).Sum(s => s.Y.Length), result.SamplesY);
    }

    [Fact]
    public void Swapping_the_samples_gives_the_same_statistic()
    {
        var x = Uneven(7);
        var y = Uneven(8);

        Assert.Equal(HammingMmdTest.Statistic(x, y), HammingMmdTest.Statistic(y, x), 12);
        Assert.NotEqual(0.0, HammingMmdTest.Statistic(x, y));
    }

    [Fact]
    public void Serving_leftovers_and_line_ends_are_normalised_away_before_comparing()
    {
        var random = new Random(5);
        var x = ToyCompletions.Sample(random, [1, 1, 1, 1, 1], prompts: 4, perPrompt: 5);
        var wrapped = x.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value.Select(t => "  " + t.Replace(" ", " \t ") + "<|im_end|>").ToArray());

        Assert.Equal(HammingMmdTest.Statistic(x, x), HammingMmdTest.Statistic(x, wrapped));
    }

    [Fact]
    public void Prompts_without_two_completions_on_both_sides_do_not_count_and_none_at_all_is_an_error()
    {
        var x = new Dictionary<string, IReadOnlyList<string>> { ["a"] = ["one", "two"], ["b"] = ["one"], ["c"] = ["x", "y"] };
        var y = new Dictionary<string, IReadOnlyList<string>> { ["a"] = ["one", "three", "four"], ["b"] = ["one", "two"] };

        var result = HammingMmdTest.Run(x, y, new SameModelOptions { Permutations = 10 });

        Assert.Equal((1, 2, 3), (result.Prompts, result.SamplesX, result.SamplesY));
        Assert.Throws<ArgumentException>(() => HammingMmdTest.Run(x, new Dictionary<string, IReadOnlyList<string>> { ["b"] = ["p", "q"] }));
    }
}
