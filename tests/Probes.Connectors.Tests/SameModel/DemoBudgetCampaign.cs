using Probes.Connectors.Simulated;
using Probes.Core.ProbeSets;
using Probes.Core.Specs;
using Probes.Core.Text;
using Probes.Core.Work;

namespace Probes.Connectors.Tests.SameModel;

/// <summary>
/// A simulated campaign with the demo's budget (its probe set, samples per prompt and sampling settings), run in
/// memory: the completions of one model grouped by prompt key <c>{ProbeId}#{Variant}</c>, as read back from storage.
/// Each campaign name gives its own seeds, as a real campaign's id does, so two names are two independent campaigns.
/// </summary>
internal static class DemoBudgetCampaign
{
    private static readonly Lazy<(WorkPlan Plan, SamplingSettings Sampling)> Demo = new(() =>
    {
        var spec = DemoSpec.Load(SpecEnvironment.Default(KnownProviders.All));
        var sets = spec.ProbeSets.Select(set => BuiltInProbeSets.Find(set.BuiltIn!)!);
        return (new WorkPlan(sets, spec.SamplesPerProbe), spec.Sampling);
    });

    public static int Prompts => Demo.Value.Plan.PromptCount;

    public static int SamplesPerPrompt => Demo.Value.Plan.SamplesPerProbe;

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Run(string model, string campaign)
    {
        var (plan, sampling) = Demo.Value;
        var simulated = SimulatedFamily.Standard.Get(model);
        var byPrompt = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (long index = 0; index < plan.Count; index++)
        {
            var item = plan[index];
            var seed = StableHash.Mix(StableHash.Fnv64($"{campaign}/{model}#{index}"));
            var key = $"{item.ProbeId}#{item.Variant}";
            if (!byPrompt.TryGetValue(key, out var completions))
            {
                byPrompt[key] = completions = [];
            }
            completions.Add(simulated.Complete(item.Prompt, sampling, seed).Text);
        }
        return byPrompt.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal);
    }
}
