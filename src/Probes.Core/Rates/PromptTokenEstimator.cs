using System.Collections.Concurrent;
using Microsoft.ML.Tokenizers;

namespace Probes.Core.Rates;

/// <summary>
/// Estimates a call's token cost before it is sent, for the tokens-per-minute bucket: the prompt and system prompt
/// counted with the o200k_base encoding, plus the call's max tokens (the most the reply may add). Other providers
/// tokenize differently; the estimate only has to be close, since the governor reconciles with the usage each reply
/// reports. Counts are cached per text: a campaign sends each prompt many times.
/// </summary>
public sealed class PromptTokenEstimator
{
    private static readonly Lazy<Tokenizer> s_tokenizer = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>Tokens of the prompt and the system prompt, as a provider counts input.</summary>
    public int PromptTokens(string prompt, string? systemPrompt) =>
        Count(prompt) + (string.IsNullOrEmpty(systemPrompt) ? 0 : Count(systemPrompt));

    /// <summary>The reservation for one call: its input plus the most output it may produce.</summary>
    public long CallCost(string prompt, string? systemPrompt, int maxTokens) =>
        PromptTokens(prompt, systemPrompt) + (long)Math.Max(0, maxTokens);

    private int Count(string text) => _counts.GetOrAdd(text, static t => s_tokenizer.Value.CountTokens(t));
}
