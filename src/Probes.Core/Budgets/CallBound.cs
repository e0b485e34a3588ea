using System.Text;
using Probes.Core.Specs;

namespace Probes.Core.Budgets;

/// <summary>
/// What one call can cost at most, known before it is sent, and what it did cost once its reply is in.
/// Reserving the bound rather than a guess is what lets a budget stop without overshooting.
/// </summary>
public static class CallBound
{
    /// <summary>
    /// Chat templates wrap each message in role markers and the reply in a priming sequence; a few tokens per message
    /// on every known template, so this allowance covers them with room to spare.
    /// </summary>
    public const int TemplateTokens = 32;

    /// <summary>
    /// Prompt tokens are bounded by the UTF-8 bytes of the prompt and system prompt (byte-level BPE and byte-fallback
    /// vocabularies never spend more than one token per byte) plus the template; completion tokens by
    /// <see cref="SamplingSettings.MaxTokens"/>, which the provider enforces.
    /// </summary>
    public static BudgetAmount Of(string prompt, SamplingSettings sampling, TargetPrice? price)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(sampling);
        long promptTokens = Encoding.UTF8.GetByteCount(prompt) + TemplateTokens;
        if (sampling.SystemPrompt is { } system)
        {
            promptTokens += Encoding.UTF8.GetByteCount(system);
        }
        return Priced(promptTokens, sampling.MaxTokens, price);
    }

    /// <summary>
    /// What a finished call spent, from the usage the provider reported. A success whose usage went unreported
    /// counts at its bound (the budget must not believe it was free); a failure without usage was not billed.
    /// </summary>
    public static BudgetAmount Spent(int? promptTokens, int? completionTokens, bool succeeded, BudgetAmount bound, TargetPrice? price)
    {
        if (promptTokens is null && completionTokens is null)
        {
            return succeeded ? bound : BudgetAmount.Zero;
        }
        return Priced(promptTokens ?? 0, completionTokens ?? 0, price);
    }

    private static BudgetAmount Priced(long promptTokens, long completionTokens, TargetPrice? price) =>
        new(promptTokens + completionTokens, price?.CostOf(promptTokens, completionTokens) ?? 0m);
}
