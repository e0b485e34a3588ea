namespace Probes.Core.Specs;

/// <summary>What a target charges, in US dollars per million prompt (input) and completion (output) tokens.</summary>
public sealed record TargetPrice(decimal InputPerMillion, decimal OutputPerMillion)
{
    private const decimal Million = 1_000_000m;

    public decimal CostOf(long promptTokens, long completionTokens) =>
        (promptTokens * InputPerMillion + completionTokens * OutputPerMillion) / Million;
}
