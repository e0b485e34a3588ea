namespace Probes.Core.Specs;

/// <summary>
/// The most a campaign may spend: tokens as providers report them (prompt + completion) and US dollars at the
/// targets' prices. Either limit may be absent; a budget names at least one.
/// </summary>
public sealed record CampaignBudget(long? MaxTokens, decimal? MaxCostUsd)
{
    /// <summary>The spec field of each limit, as messages and stop reasons name it.</summary>
    public const string MaxTokensField = "max_tokens";

    public const string MaxCostField = "max_cost_usd";
}
