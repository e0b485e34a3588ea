using Probes.Core.Specs;

namespace Probes.Core.Tests.Specs;

/// <summary>The <c>budget</c> block and target prices: read exactly, and every misfit pointed at its line and field.</summary>
public sealed class BudgetSpecTests
{
    private static string Spec(string budget, string price = "    price: { input_per_million: 2.5, output_per_million: 10 }") => $"""
        name: budgeted
        probe_sets: [{"{"} builtin: core {"}"}]
        sampling: {"{"} max_tokens: 100 {"}"}
        {budget}
        targets:
          - id: a
            provider: simulated
            model: m
        {price}
        """;

    private static CampaignSpec Parse(string yaml) => CampaignSpecParser.Parse(yaml, "spec.yaml", Path.GetTempPath(), TestSpecEnvironment.With());

    [Fact]
    public void Reads_both_limits_and_the_price()
    {
        var spec = Parse(Spec("budget:\n  max_tokens: 10,000\n  max_cost_usd: 2.50"));

        Assert.Equal(new CampaignBudget(10_000, 2.50m), spec.Budget);
        Assert.Equal(new TargetPrice(2.5m, 10m), spec.Targets[0].Price);
    }

    [Fact]
    public void Budget_and_price_are_optional()
    {
        var spec = Parse(Spec("", price: ""));

        Assert.Null(spec.Budget);
        Assert.Null(spec.Targets[0].Price);
    }

    [Fact]
    public void A_token_limit_alone_needs_no_price() =>
        Assert.Equal(new CampaignBudget(500, null), Parse(Spec("budget: { max_tokens: 500 }", price: "")).Budget);

    [Fact]
    public void A_price_of_zero_is_a_free_target() =>
        Assert.Equal(new TargetPrice(0m, 0m), Parse(Spec("budget: { max_cost_usd: 1 }", "    price: { input_per_million: 0, output_per_million: 0 }")).Targets[0].Price);

    [Fact]
    public void Budget_and_prices_travel_in_the_plan_json()
    {
        var spec = Parse(Spec("budget:\n  max_tokens: 10000\n  max_cost_usd: 0.125"));
        var plan = new Campaigns.CampaignPlan(spec, [Core.ProbeSets.BuiltInProbeSets.Find("core")!]);

        var back = Campaigns.CampaignPlan.FromJson(plan.ToJson());

        Assert.Equal(spec.Budget, back.Spec.Budget);
        Assert.Equal(spec.Targets[0].Price, back.Spec.Targets[0].Price);
    }

    [Fact]
    public void A_cost_limit_with_an_unpriced_target_names_the_target() => SpecAssert.Rejected(
        Spec("budget: { max_cost_usd: 5 }", price: ""), 6, "targets[0]",
        "target 'a' has no price, but budget.max_cost_usd needs one on every target");

    [Fact]
    public void An_empty_budget_names_the_limits() =>
        SpecAssert.Rejected(Spec("budget: {}"), 4, "budget", "name at least one limit: max_tokens or max_cost_usd");

    [Theory]
    [InlineData("budget: { max_tokens: 0 }", "budget.max_tokens", "must be a positive whole number, found 0")]
    [InlineData("budget: { max_tokens: 1.5 }", "budget.max_tokens", "expected a whole number, found '1.5'")]
    [InlineData("budget: { max_cost_usd: -1 }", "budget.max_cost_usd", "must be a positive number, found -1")]
    [InlineData("budget: { max_cost_usd: 0 }", "budget.max_cost_usd", "must be a positive number, found 0")]
    [InlineData("budget: { max_cost_usd: lots }", "budget.max_cost_usd", "expected a number, found 'lots'")]
    [InlineData("budget: { max_token: 5 }", "budget.max_token", "unknown field 'max_token' (allowed: max_tokens, max_cost_usd)")]
    [InlineData("budget: { max_tokens: 99 }", "budget.max_tokens", "99 tokens cannot cover one call, whose completion alone may use sampling.max_tokens = 100")]
    public void Bad_limits_point_at_their_field(string budget, string field, string problem) =>
        SpecAssert.Rejected(Spec(budget), 4, field, problem);

    [Theory]
    [InlineData("    price: { input_per_million: -0.5, output_per_million: 1 }", "targets[0].price.input_per_million", "must be zero or more, found -0.5")]
    [InlineData("    price: { input_per_million: 1 }", "targets[0].price.output_per_million", "required field is missing or empty")]
    [InlineData("    price: { input: 1, output_per_million: 1 }", "targets[0].price.input", "(allowed: input_per_million, output_per_million)")]
    public void Bad_prices_point_at_their_field(string price, string field, string problem) =>
        SpecAssert.Rejected(Spec("budget: { max_tokens: 1000 }", price), 9, field, problem);
}
