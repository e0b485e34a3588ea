using System.Text;

namespace Probes.Core.Tests.Comparison.Lineage;

/// <summary>
/// A toy population for the lineage test. Every model writes prompt-topic words and filler from one shared pool,
/// as real models share a language; its habits are not private words but over-use: twenty words of the shared pool
/// it favours, and a favourite among a few shared openings. A student copies its teacher's habits with probability
/// <c>Share</c> and otherwise uses its own, so it carries the teacher's over-use onto prompts of its own.
/// </summary>
internal static class LineageWorld
{
    private static readonly string[] s_shared = Enumerable.Range(0, 400).Select(i => $"word{i}").ToArray();
    private static readonly string[] s_openings = ["sure", "certainly", "well", "okay", "great question", "here is", "absolutely", "of course"];

    public static IReadOnlyList<(string Prompt, string? Text)> Model(int habitsSeed, int sampleSeed, int prompts, (int Seed, double Share)? teacher = null)
    {
        var own = Habits(habitsSeed);
        var inherited = teacher is { } t ? Habits(t.Seed) : own;
        var share = teacher?.Share ?? 0;
        var random = new Random(sampleSeed);
        var responses = new List<(string, string?)>();
        for (var p = 0; p < prompts; p++)
        {
            var opening = random.NextDouble() < 0.6
                ? (random.NextDouble() < share ? inherited : own).Opening
                : s_openings[random.Next(s_openings.Length)];
            var text = new StringBuilder(opening).Append(", ");
            var length = 40 + random.Next(40);
            for (var w = 0; w < length; w++)
            {
                var roll = random.NextDouble();
                text.Append(roll < 0.2 ? $"topic{p}x{random.Next(6)}"
                    : roll < 0.35 ? (random.NextDouble() < share ? inherited : own).Favourites[random.Next(20)]
                    : s_shared[random.Next(s_shared.Length)]);
                text.Append(w % 12 == 11 ? ". " : " ");
            }
            responses.Add(($"p{p:D3}", text.ToString()));
        }
        return responses;
    }

    public static (string Opening, string[] Favourites) Habits(int seed)
    {
        var random = new Random(seed * 7919);
        return (s_openings[seed % s_openings.Length], Enumerable.Range(0, 20).Select(_ => s_shared[random.Next(s_shared.Length)]).ToArray());
    }
}
