namespace Probes.Core.Tests.Comparison.SameModel;

/// <summary>
/// Small completion samples grouped by prompt: each toy model opens with a word drawn from its own preferences,
/// then adds random letters, so completions vary in content and length (some beyond the compared window).
/// </summary>
internal static class ToyCompletions
{
    private static readonly string[] Openings = ["sure", "well", "okay", "certainly", "hello"];

    /// <summary>A model whose opening preferences are <paramref name="weights"/> (over the fixed opening words).</summary>
    public static Dictionary<string, IReadOnlyList<string>> Sample(Random random, double[] weights, int prompts, int perPrompt, int maxTail = 40)
    {
        var sample = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var p = 0; p < prompts; p++)
        {
            sample[$"toy.{p}#0"] = Enumerable.Range(0, perPrompt)
                .Select(_ => Pick(random, weights) + " " + Letters(random, random.Next(0, maxTail)))
                .ToArray();
        }
        return sample;
    }

    /// <summary>Random strings over a three-letter alphabet, so chance agreements are frequent.</summary>
    public static string Letters(Random random, int length) =>
        new(Enumerable.Range(0, length).Select(_ => "abc"[random.Next(3)]).ToArray());

    private static string Pick(Random random, double[] weights)
    {
        var u = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            u -= weights[i];
            if (u < 0) return Openings[i];
        }
        return Openings[^1];
    }
}
