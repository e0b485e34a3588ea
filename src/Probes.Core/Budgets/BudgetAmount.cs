using System.Globalization;

namespace Probes.Core.Budgets;

/// <summary>An amount of budget: tokens (prompt + completion) and their cost in US dollars.</summary>
public readonly record struct BudgetAmount(long Tokens, decimal CostUsd)
{
    public static BudgetAmount Zero => default;

    public static BudgetAmount operator +(BudgetAmount a, BudgetAmount b) => new(a.Tokens + b.Tokens, a.CostUsd + b.CostUsd);

    public static BudgetAmount operator -(BudgetAmount a, BudgetAmount b) => new(a.Tokens - b.Tokens, a.CostUsd - b.CostUsd);

    public static BudgetAmount Sum(IEnumerable<BudgetAmount> amounts) => amounts.Aggregate(Zero, (total, amount) => total + amount);

    /// <summary>Tokens with thousands separators, as a user reads them: <c>10,234</c>.</summary>
    public static string FormatTokens(long tokens) => tokens.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Dollars with enough places for sub-cent costs of small campaigns: <c>$0.0412</c>.</summary>
    public static string FormatUsd(decimal usd) => "$" + usd.ToString("0.00##", CultureInfo.InvariantCulture);
}
