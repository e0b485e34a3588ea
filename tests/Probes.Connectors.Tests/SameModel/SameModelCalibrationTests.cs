using System.Globalization;
using Probes.Connectors.Simulated;
using Probes.Core.Comparison.SameModel;
using Xunit.Abstractions;

namespace Probes.Connectors.Tests.SameModel;

/// <summary>
/// Calibration of the same-model test at the demo's budget (the core probe set, 6 samples per prompt, temperature 1,
/// 200 tokens) against the simulated family, whose ground truth is known: a model against itself must be called
/// different in about α of trials, two different models (the distilled student and its teacher included) in nearly all.
/// </summary>
[Trait("Category", "Slow")]
public sealed class SameModelCalibrationTests(CampaignPool pool, ITestOutputHelper output) : IClassFixture<CampaignPool>
{
    private const double Alpha = 0.05;

    // Few permutations keep the trials fast and the p-values exactly valid; B = 199 can still reach p = 0.005 ≤ α.
    private const int Permutations = 199;

    // Each null trial takes two fresh campaigns, so the pool gives 40 per model, 200 in all. At a true rate of α the
    // rejection count is binomial(200, 0.05): the bound is α plus three standard deviations, 0.05 + 3·√(0.0475/200) ≈ 0.096.
    private const int NullTrialsPerModel = CampaignPool.CampaignsPerModel / 2;

    // At least 95% of these must reject; every pair of models shares the pool's campaigns, each trial its own.
    private const int TrialsPerPair = 40;

    public static TheoryData<string, string> Pairs()
    {
        var names = SimulatedFamily.Standard.ModelNames;
        var pairs = new TheoryData<string, string>();
        for (var i = 0; i < names.Count; i++)
        {
            for (var j = i + 1; j < names.Count; j++) pairs.Add(names[i], names[j]);
        }
        return pairs;
    }

    private static SameModelOptions Options(int trial) =>
        new() { Alpha = Alpha, Permutations = Permutations, Seed = trial, MaxDrivers = 0 };

    [Fact]
    public void A_model_against_itself_is_called_different_in_about_alpha_of_trials()
    {
        var pValues = new List<double>();
        foreach (var model in SimulatedFamily.Standard.ModelNames)
        {
            var campaigns = pool.Of(model);
            for (var trial = 0; trial < NullTrialsPerModel; trial++)
            {
                pValues.Add(HammingMmdTest.Run(campaigns[2 * trial], campaigns[2 * trial + 1], Options(trial)).PValue);
            }
        }

        var trials = pValues.Count;
        var rejectionRate = pValues.Count(p => p <= Alpha) / (double)trials;
        var bound = Alpha + 3 * Math.Sqrt(Alpha * (1 - Alpha) / trials);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"null: {trials} trials, rejection rate {rejectionRate:0.###} (bound {bound:0.###}), median p {Median(pValues):0.###}"));
        Assert.True(rejectionRate <= bound, $"rejection rate {rejectionRate} above {bound}");
        // A conservative test is acceptable, a degenerate one is not: the p-values must spread below one half.
        Assert.True(pValues.Count(p => p <= 0.5) >= trials / 10, "p-values pile up near 1");
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Two_different_models_are_called_different_in_nearly_every_trial(string a, string b)
    {
        var campaignsA = pool.Of(a);
        var campaignsB = pool.Of(b);
        var results = Enumerable.Range(0, TrialsPerPair)
            .Select(trial => HammingMmdTest.Run(campaignsA[trial], campaignsB[trial], Options(trial)))
            .ToList();
        var rejected = results.Count(r => r.Different);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{a} vs {b}: different in {rejected} of {TrialsPerPair} trials, largest p {results.Max(r => r.PValue):0.###}, smallest MMD²/L {results.Min(r => r.MmdSquared):0.####}"));
        Assert.True(rejected >= 0.95 * TrialsPerPair, $"{a} vs {b}: different in only {rejected} of {TrialsPerPair}");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return (sorted[(sorted.Length - 1) / 2] + sorted[sorted.Length / 2]) / 2;
    }
}
