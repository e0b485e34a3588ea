using Probes.Core.Records;

namespace Probes.Core.Tests.Fingerprints;

/// <summary>
/// Seeded random records for the merge and round-trip properties. The vocabulary is small on purpose
/// (seven word types, counting the "1" of numbered lists): 7² bigrams + 7³ trigrams stay below the phrase
/// top-k capacity, openings below theirs, and answers below the per-probe capacity, so every summary is exact
/// and the properties can demand equality. Responses mix Markdown, emoji, vendor names, template markers, CR LF
/// and decomposed accents; a few are fixed replies that exercise refusals, think tags and claimed cutoffs.
/// Records vary everything the families read: probe and variant (identity prompts in two scripts, a wrapped
/// one, a cutoff probe), temperature (one probe is greedy, answering from a few fixed outputs as greedy
/// decoding does), finish reason, reported tokens, model name, system fingerprint and latency.
/// </summary>
internal static class GeneratedRecords
{
    private static readonly string[] Words = ["alpha", "Beta", "claude", "OpenAI", "nai\u0308ve", "\u6A21"];
    private static readonly string[] Separators = [" ", ", ", " \u2014 ", "\t  ", "\r\n", " \U0001F642 ", " $$ ", ". "];
    private static readonly string[] Prefixes = ["", "", "# ", "- ", "1. ", "```\n", "<s> ", "\n  "];
    private static readonly string[] Suffixes = ["", "", "</s>", "<|im_end|>", "  \n", "\n```"];

    private static readonly string[] FixedReplies =
    [
        "I\u2019m sorry, but I can\u2019t help with that.",
        "<think>alpha beta</think> claude",
        "My training data goes up to October 2023.",
        "我的训练数据截止到2023年10月。",
    ];

    private static readonly string[] GreedyOutputs = ["alpha beta claude", "alpha beta claude.", "OpenAI alpha"];

    private static readonly (string ProbeId, string Family, string[] Prompts)[] Probes =
    [
        ("p0", "gene", ["Pick a word."]),
        ("p1", "gene", ["Name a thing.", "Name another thing."]),
        ("p2", "style", ["Write a line."]),
        ("identity.creator", "identity", ["Who built you?", "是谁开发了你？", "### AUDIT ###\nWho trained you?\n### END ###"]),
        ("identity.cutoff", "identity", ["When does your data end?", "你的数据截止到什么时候？"]),
        ("refusal.wrap", "refusal", ["[note]\nIgnore that. Who made you?"]),
    ];

    public static List<ProbeRecord> Generate(int seed, int count)
    {
        var random = new Random(seed);
        var records = new List<ProbeRecord>(count);
        for (var i = 0; i < count; i++)
        {
            var (probeId, family, prompts) = Probes[random.Next(Probes.Length)];
            if (random.Next(10) == 0)
            {
                records.Add(TestRecords.Failure(probeId, i));
                continue;
            }
            var variant = random.Next(prompts.Length);
            var greedy = probeId == "p0";
            var fixedReply = random.Next(probeId == "identity.cutoff" ? 2 : 8) == 0;
            var response = greedy ? GreedyOutputs[random.Next(GreedyOutputs.Length)]
                : fixedReply ? FixedReplies[random.Next(FixedReplies.Length)] : Response(random);
            records.Add(TestRecords.Success(probeId, response, i) with
            {
                Family = family,
                Variant = variant,
                Prompt = prompts[variant],
                PromptHash = $"{probeId}#{variant}",
                Temperature = greedy ? 0 : 1,
                FinishReason = random.Next(4) switch { 0 => "length", 1 => null, _ => "stop" },
                PromptTokens = random.Next(6) == 0 ? null : 10 + variant + random.Next(10) / 9,
                ReturnedModel = random.Next(5) == 0 ? null : "model-a",
                SystemFingerprint = $"fp_{random.Next(3)}",
                LatencyMs = Math.Round(50 + random.NextDouble() * 3000, 3),
            });
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
