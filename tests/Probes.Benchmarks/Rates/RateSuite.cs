using System.Globalization;
using Probes.Core.Campaigns;
using Probes.Core.ProbeSets;
using Probes.Core.Rates;
using Probes.Core.Specs;
using Probes.Testing;

namespace Probes.Benchmarks.Rates;

/// <summary>
/// Whether the cluster-wide governor holds a target to its limit, measured where a provider would: at the server.
/// A 2-silo cluster runs one campaign against a fast loopback server with several shards; the steady rate is taken
/// between the end of the opening burst and the last request, and the busiest one-second window over the whole run
/// is compared with what the limit allows in one second (the rate, 5 % slack, plus the bucket's burst).
/// </summary>
public sealed class RateSuite(TextWriter output, int seconds)
{
    private const int RequestsPerMinute = 3000;
    private const int MaxInFlight = 64;
    private const int Shards = 8;
    private const int MaxTokens = 16;
    private static readonly TimeSpan OpeningBurst = TimeSpan.FromSeconds(2);

    /// <summary>3,000 RPM binding; prints <c>achieved_rpm=… ratio=… max_1s=… limit_1s=…</c> last.</summary>
    public async Task RunRequestsAsync()
    {
        var probes = ProbesOfVariedLength();
        var items = (int)Math.Ceiling(RequestsPerMinute / 60.0 * seconds) + RequestsPerMinute / 60;
        var requests = await RunAsync(new RateSettings(RequestsPerMinute, MaxInFlight), probes, items);
        var window = new ArrivalWindow([.. requests.Select(r => (r.ReceivedAt, 1.0))]);
        var achieved = window.PerMinute(window.First + OpeningBurst, window.Last);
        var burst = Math.Max(1.0, RequestsPerMinute / 60.0 * PermitGovernor.BurstWindow.TotalSeconds);
        Report(requests.Count, window, "rpm", achieved, RequestsPerMinute, 1.05 * RequestsPerMinute / 60 + burst);
    }

    /// <summary>A token limit binding well below 3,000 RPM; prints <c>achieved_tpm=… ratio=… max_1s=… limit_1s=…</c> last.</summary>
    public async Task RunTokensAsync()
    {
        var probes = ProbesOfVariedLength();
        var used = probes.Select(p => UsedTokens(p.Variants[0])).ToList();
        // About 40 % of what 3,000 RPM would carry, so tokens bind and requests do not.
        var tokensPerMinute = (int)(0.4 * RequestsPerMinute * used.Average());
        var items = (int)Math.Ceiling((tokensPerMinute / 60.0 * (seconds + 1)) / used.Average());
        var requests = await RunAsync(new RateSettings(RequestsPerMinute, MaxInFlight, tokensPerMinute), probes, items);
        var window = new ArrivalWindow([.. requests.Select(r => (r.ReceivedAt, (double)UsedTokens(PromptOf(r))))]);
        var achieved = window.PerMinute(window.First + OpeningBurst, window.Last);
        var estimator = new PromptTokenEstimator();
        var largestCall = probes.Max(p => estimator.CallCost(p.Variants[0], null, MaxTokens));
        var burst = Math.Max(largestCall, tokensPerMinute / 60.0 * PermitGovernor.BurstWindow.TotalSeconds);
        output.WriteLine($"mean usage {used.Average():F1} tokens a call (as the server bills: words), largest reservation {largestCall:N0}");
        Report(requests.Count, window, "tpm", achieved, tokensPerMinute, 1.05 * tokensPerMinute / 60 + burst);
    }

    private async Task<IReadOnlyList<RecordedChatRequest>> RunAsync(RateSettings rate, IReadOnlyList<Probe> probes, int items)
    {
        await using var server = await LoopbackChatServer.StartAsync();
        await using var cluster = await RateCluster.StartAsync();
        var samples = (items + probes.Count - 1) / probes.Count;
        var plan = new CampaignPlan(
            new CampaignSpec("rate-bench", [new ProbeSetReference("rate-bench", null)], samples,
                new SamplingSettings(1.0, MaxTokens, null),
                [new TargetSpec($"rate-bench-{Guid.NewGuid():N}", "openai", "bench-model", server.ApiBaseUrl, null, rate)]),
            [new ProbeSet("rate-bench", "1", probes)]);
        var total = plan.CreateWorkPlan().Count;
        output.WriteLine($"{total:N0} items, {Shards} shards on 2 silos, limits: {rate.RequestsPerMinute:N0} RPM, " +
            $"{(rate.TokensPerMinute is { } tpm ? $"{tpm:N0} TPM" : "no TPM limit")}, {rate.MaxInFlight} in flight");
        var progress = await cluster.RunAsync(plan, shardSize: (int)((total + Shards - 1) / Shards), batchSize: 50,
            limit: TimeSpan.FromSeconds(seconds * 4 + 60));
        output.WriteLine($"campaign {progress.Status}: {progress.Completed:N0}/{progress.Total:N0} done");
        return server.Requests;
    }

    private void Report(int count, ArrivalWindow window, string unit, double achieved, double limit, double limit1s)
    {
        var span = (window.Last - window.First).TotalSeconds;
        var busiest = window.MaxIn(TimeSpan.FromSeconds(1));
        output.WriteLine($"{count:N0} requests over {span:F1} s; steady window from {OpeningBurst.TotalSeconds:F0} s after the first request");
        output.WriteLine($"busiest second starts {(busiest.Start - window.First).TotalSeconds:F2} s after the first request");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"achieved_{unit}={achieved:F1} ratio={achieved / limit:F4} max_1s={busiest.Weight:F1} limit_1s={limit1s:F1}"));
    }

    /// <summary>Tokens as the loopback server bills them: prompt words plus the reply's words (cut at max tokens).</summary>
    private static int UsedTokens(string prompt) =>
        LoopbackChatServer.CountTokens(prompt) +
        Math.Min(MaxTokens, LoopbackChatServer.CountTokens(LoopbackChatServer.ReplyFor(prompt)));

    private static string PromptOf(RecordedChatRequest request)
    {
        using var body = request.ParseBody();
        return body.RootElement.GetProperty("messages")[0].GetProperty("content").GetString()!;
    }

    /// <summary>Sixty prompts from one clause to sixty, so calls differ in cost by two orders of magnitude.</summary>
    private static List<Probe> ProbesOfVariedLength()
    {
        const string Clause = "describe the colour of the evening sky over a quiet harbour";
        return [.. Enumerable.Range(1, 60).Select(n => new Probe(
            $"rate.p{n}", "gene", [$"Prompt {n}: " + string.Join(", then ", Enumerable.Repeat(Clause, n)) + "."]))];
    }
}
