using Probes.Core.Rates;

namespace Probes.Core.Tests.Rates;

public sealed class PromptTokenEstimatorTests
{
    private readonly PromptTokenEstimator _estimator = new();

    [Fact]
    public void Counts_prompt_and_system_prompt_and_reserves_the_max_tokens()
    {
        var prompt = _estimator.PromptTokens("Name three animals that live in the sea.", null);
        var withSystem = _estimator.PromptTokens("Name three animals that live in the sea.", "Answer briefly.");

        Assert.InRange(prompt, 8, 12);
        Assert.InRange(withSystem - prompt, 2, 4);
        Assert.Equal(withSystem + 256, _estimator.CallCost("Name three animals that live in the sea.", "Answer briefly.", 256));
        Assert.Equal(0, _estimator.PromptTokens("", ""));
    }

    [Fact]
    public void Longer_prompts_cost_more()
    {
        var shortPrompt = _estimator.PromptTokens("Say hello.", null);
        var longPrompt = _estimator.PromptTokens(string.Join(' ', Enumerable.Repeat("Describe the weather in a distant city.", 20)), null);
        Assert.True(longPrompt > 10 * shortPrompt);
    }
}
