using Probes.Core.Specs;

namespace Probes.Connectors.Simulated;

/// <summary>
/// Usage accounting for simulated replies. There is no tokenizer: tokens are estimated as words × 1.3, a
/// typical ratio for English under BPE vocabularies, which is all budgets and usage statistics need.
/// </summary>
internal static class TokenBudget
{
    // Integer arithmetic (13/10) keeps the estimate and the budget cut exactly consistent: no float rounding.
    private const int TokensPerTenWords = 13;

    /// <summary>Applies the token budget like a real API: cut at a word boundary and report "length".</summary>
    public static SimulatedCompletion Apply(string text, string prompt, SamplingSettings sampling)
    {
        var promptTokens = EstimateTokens(WordCount(prompt) + WordCount(sampling.SystemPrompt ?? string.Empty));
        var words = WordCount(text);
        var budgetWords = (int)((long)sampling.MaxTokens * 10 / TokensPerTenWords);
        if (sampling.MaxTokens > 0 && EstimateTokens(words) > sampling.MaxTokens)
        {
            var cut = text[..EndOfWord(text, budgetWords)];
            return new SimulatedCompletion(cut, "length", promptTokens, EstimateTokens(WordCount(cut)));
        }
        return new SimulatedCompletion(text, "stop", promptTokens, EstimateTokens(words));
    }

    public static int EstimateTokens(int words) => (words * TokensPerTenWords + 9) / 10;

    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
            {
                count++;
            }
            inWord = !isSpace;
        }
        return count;
    }

    /// <summary>Index just past the <paramref name="words"/>-th word (0 words: empty text).</summary>
    private static int EndOfWord(string text, int words)
    {
        var seen = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                seen++;
                if (seen == words)
                {
                    return i + 1;
                }
            }
        }
        return words <= 0 ? 0 : text.Length;
    }
}
