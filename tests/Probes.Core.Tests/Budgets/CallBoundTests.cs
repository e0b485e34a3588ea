using System.Text;
using Probes.Core.Budgets;
using Probes.Core.Specs;

namespace Probes.Core.Tests.Budgets;

public sealed class CallBoundTests
{
    private static readonly TargetPrice Price = new(2.5m, 10m);

    [Fact]
    public void The_bound_is_prompt_bytes_plus_template_plus_the_completion_limit()
    {
        var sampling = new SamplingSettings(1.0, 200, "Be brief.");

        var bound = CallBound.Of("Name a colour.", sampling, null);

        Assert.Equal(14 + 9 + CallBound.TemplateTokens + 200, bound.Tokens);
        Assert.Equal(0m, bound.CostUsd);
    }

    [Fact]
    public void Bytes_not_characters_bound_prompts_in_any_script()
    {
        const string prompt = "你好，世界";

        var bound = CallBound.Of(prompt, new SamplingSettings(1.0, 10, null), null);

        Assert.Equal(Encoding.UTF8.GetByteCount(prompt) + CallBound.TemplateTokens + 10, bound.Tokens);
        Assert.True(bound.Tokens > prompt.Length + CallBound.TemplateTokens + 10);
    }

    [Fact]
    public void The_bound_is_priced_input_and_output_apart()
    {
        var bound = CallBound.Of(new string('x', 968), new SamplingSettings(1.0, 1000, null), Price);

        // 1,000 prompt tokens at $2.50/M and 1,000 completion tokens at $10/M.
        Assert.Equal(new BudgetAmount(2_000, 0.0125m), bound);
    }

    [Fact]
    public void Reported_usage_is_what_a_call_spent()
    {
        var spent = CallBound.Spent(120, 30, succeeded: true, new BudgetAmount(500, 1m), Price);

        Assert.Equal(new BudgetAmount(150, (120 * 2.5m + 30 * 10m) / 1_000_000m), spent);
    }

    [Fact]
    public void A_success_without_usage_counts_at_its_bound_and_a_failure_without_usage_is_free()
    {
        var bound = new BudgetAmount(500, 0.002m);

        Assert.Equal(bound, CallBound.Spent(null, null, succeeded: true, bound, Price));
        Assert.Equal(BudgetAmount.Zero, CallBound.Spent(null, null, succeeded: false, bound, Price));
    }

    [Fact]
    public void Budget_use_reads_with_and_without_limits()
    {
        var spent = new BudgetAmount(9_812, 0.0412m);

        Assert.Equal("9,812 of 10,000 tokens, $0.0412 of $0.05", BudgetText.Use(new CampaignBudget(10_000, 0.05m), spent));
        Assert.Equal("9,812 tokens, $0.0412", BudgetText.Use(null, spent));
    }
}
