using Probes.Core.Records;

namespace Probes.Core.Tests.Fingerprints;

/// <summary>
/// Seeded random records for the merge and round-trip properties. The vocabulary is small on purpose
/// (seven word types, counting the "1" of numbered lists): 7² bigrams + 7³ trigrams stay below the phrase
/// top-k capacity and answers below the per-probe capacity, so every summary is exact and the properties can
/// demand equality. Responses mix Markdown, emoji, vendor names, template markers, CR LF and decomposed accents.
/// </summary>
internal static class GeneratedRecords
{
    private static readonly string[] Words = ["alpha", "Beta", "claude", "OpenAI", "nai\u0308ve", "\u6A21"];
    private static readonly string[] Separators = [" ", ", ", " \u2014 ", "\t  ", "\r\n", " \U0001F642 ", " $$ ", ". "];
    private static readonly string[] Prefixes = ["", "", "# ", "- ", "1. ", "```\n", "<s> ", "\n  "];
    private static readonly string[] Suffixes = ["", "", "</s>", "<|im_end|>", "  \n", "\n```"];

    public static List<ProbeRecord> Generate(int seed, int count)
    {
        var random = new Random(seed);
        var records = new List<ProbeRecord>(count);
        for (var i = 0; i < count; i++)
        {
            var probeId = $"p{random.Next(5)}";
            records.Add(random.Next(10) == 0 ? TestRecords.Failure(probeId, i) : TestRecords.Success(probeId, Response(random), i));
        }
        return records;
    }

    private static string? Response(Random random)
    {
        var shape = random.Next(20);
        if (shape == 0) return null;
        if (shape == 1) return "  ";
        var text = new System.Text.StringBuilder(Prefixes[random.Next(Prefixes.Length)]);
        var words = random.Next(1, 9);
        for (var w = 0; w < words; w++)
        {
            if (w > 0) text.Append(Separators[random.Next(Separators.Length)]);
            var word = Words[random.Next(Words.Length)];
            text.Append(random.Next(6) == 0 ? $"**{word}**" : word);
        }
        return text.Append(Suffixes[random.Next(Suffixes.Length)]).ToString();
    }

    public static List<T> Shuffled<T>(IEnumerable<T> items, int seed)
    {
        var list = items.ToList();
        var random = new Random(seed);
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }
}
