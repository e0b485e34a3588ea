using System.Text;
using Probes.Core.Records;

namespace Probes.Core.Tests.Fingerprints;

/// <summary>
/// A seeded corpus large enough to fill every sketch past capacity: a vocabulary of a few hundred words drawn
/// with Zipf-like weights (so phrase and opening summaries churn and filters fill), replies of up to a few
/// hundred words in several scripts, typographic punctuation, refusals in many languages, claimed cutoffs and
/// template markers. Unlike <see cref="GeneratedRecords"/>, nothing here is exact: it pins what folding computes.
/// </summary>
internal static class RegressionCorpus
{
    private static readonly string[] Stems =
    [
        "the", "a", "of", "and", "to", "in", "is", "it", "that", "model", "answer", "data", "I", "you", "we",
        "can't", "cannot", "sorry", "help", "with", "this", "claude", "OpenAI", "gpt", "gemini", "qwen", "llama",
        "na\u00EFve", "nai\u0308ve", "caf\u00E9", "Stra\u00DFe", "\u00C9cole", "don\u2019t", "it's", "2023", "2024",
        "October", "octubre", "de", "\u6A21\u578B", "\u6570\u636E", "\u4F60\u597D", "\u3053\u3093\u306B\u3061\u306F",
        "\u043C\u043E\u0434\u0435\u043B\u044C", "\u0646\u0645\u0648\u0630\u062C", "\uD55C\uAD6D\uC5B4", "\U0001F642",
        "\U00020000\U00020001", "x\u0301y", "build", "train", "language", "large", "assistant", "question", "example",
    ];

    private static readonly string[] Separators = [" ", " ", " ", ", ", ". ", " \u2014 ", "\t", "  ", "\r\n", "\n\n", "; ", "! "];

    private static readonly string[] Openings =
    [
        "", "", "", "Sure! ", "Great question! ", "I\u2019m sorry, but I can\u2019t help with that. ", "As an AI, ",
        "\u62B1\u6B49\uFF0C", "Lo siento, no puedo ", "Je ne peux pas ", "\u0418\u0437\u0432\u0438\u043D\u0438\u0442\u0435, ",
        "# Title\n", "- item ", "1. first ", "```\ncode\n```\n", "**Bold** ", "<think>hmm</think> ", "<|im_start|>assistant ",
    ];

    private static readonly string[] Endings = ["", "", ".", "</s>", "<|im_end|>", " $$x$$", " \\frac{1}{2}", "\n", " \u2705"];

    public static List<ProbeRecord> Generate(int seed, int count)
    {
        var random = new Random(seed);
        var vocabulary = Vocabulary(random);
        var records = new List<ProbeRecord>(count);
        for (var i = 0; i < count; i++)
        {
            var probe = random.Next(40);
            var probeId = probe switch { 0 => "identity.cutoff", 1 => "identity.wrap", < 8 => $"identity.q{probe}", _ => $"probe{probe}" };
            if (random.Next(25) == 0)
            {
                records.Add(TestRecords.Failure(probeId, i));
                continue;
            }
            var variant = random.Next(3);
            var prompt = variant == 2 ? $"Line one\nQuestion {probe}?" : variant == 1 ? $"\u95EE\u9898 {probe}" : $"Question {probe}?";
            var greedy = probe % 7 == 0;
            records.Add(TestRecords.Success(probeId, Reply(random, vocabulary, greedy), i) with
            {
                Family = probe < 8 ? "identity" : "gene",
                Variant = variant,
                Prompt = prompt,
                PromptHash = $"h{probe}-{variant}",
                Temperature = greedy ? 0 : 0.7,
                FinishReason = random.Next(5) switch { 0 => "length", 1 => null, _ => "stop" },
                PromptTokens = random.Next(8) == 0 ? null : 12 + probe + random.Next(3),
                ReturnedModel = random.Next(6) == 0 ? null : $"model-{random.Next(3)}",
                SystemFingerprint = $"fp_{random.Next(90)}",
                LatencyMs = Math.Round(20 + random.NextDouble() * 5000, 3),
            });
        }
        return records;
    }

    // Stems and seeded inventions, so the phrase space is far larger than any summary's capacity.
    private static string[] Vocabulary(Random random)
    {
        var words = new List<string>(Stems);
        for (var i = 0; i < 300; i++)
        {
            var length = 2 + random.Next(9);
            var word = new StringBuilder();
            for (var k = 0; k < length; k++) word.Append((char)('a' + random.Next(26)));
            if (random.Next(10) == 0) word[0] = char.ToUpperInvariant(word[0]);
            words.Add(word.ToString());
        }
        return words.ToArray();
    }

    private static string? Reply(Random random, string[] vocabulary, bool greedy)
    {
        if (random.Next(40) == 0) return random.Next(2) == 0 ? null : " \t ";
        if (greedy && random.Next(3) > 0) return random.Next(2) == 0 ? "the model answer" : "I\u2019m sorry, I can\u2019t.";
        var text = new StringBuilder(Openings[random.Next(Openings.Length)]);
        var words = random.Next(4) == 0 ? 1 + random.Next(3) : 5 + random.Next(random.Next(2) == 0 ? 40 : 300);
        for (var w = 0; w < words; w++)
        {
            if (w > 0) text.Append(Separators[random.Next(Separators.Length)]);
            // Squaring a uniform draw skews toward the first (most common) words, roughly as natural text does.
            var u = random.NextDouble();
            text.Append(vocabulary[(int)(u * u * u * vocabulary.Length)]);
        }
        return text.Append(Endings[random.Next(Endings.Length)]).ToString();
    }
}
