using Probes.Connectors;
using Probes.Contracts;
using Probes.Core.Campaigns;
using Probes.Core.ProbeSets;
using Probes.Core.Records;
using Probes.Core.Specs;
using Probes.Testing;

namespace Probes.Grains.Tests;

/// <summary>Retries in the shard executor: each attempt governed, Retry-After honoured, permanent errors kept.</summary>
[Collection("cluster")]
public sealed class GovernedRetryTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Throttled_requests_are_retried_after_their_retry_after_and_every_item_is_recorded_once()
    {
        await using var server = await LoopbackChatServer.StartAsync(RateLimitScripts.ThrottleEveryTenth(retryAfterSeconds: 2));
        var (campaignId, plan) = Plan("throttled", server, prompts: 30);

        var progress = await fixture.RunAsync(campaignId, plan, shardSize: 10, batchSize: 4);

        Assert.Equal(CampaignStatus.Completed, progress.Status);
        var records = await ReadAsync(campaignId, plan);
        Assert.Equal(Enumerable.Range(0, 30).Select(i => (long)i), records.Select(r => r.ItemIndex).Order());
        Assert.All(records, r => Assert.True(r.Succeeded, r.Error?.Message));
        // The provider's completion id travels into the record, one per item.
        Assert.Equal(records.Count, records.Select(r => r.ResponseId).Where(id => !string.IsNullOrEmpty(id)).Distinct().Count());

        var requests = server.Requests;
        var throttled = requests.Where(r => RateLimitScripts.IsThrottled(r.Number)).ToList();
        Assert.NotEmpty(throttled);
        foreach (var first in throttled)
        {
            var prompt = PromptOf(first);
            var retry = requests.First(r => r.Number > first.Number && PromptOf(r) == prompt);
            Assert.True(retry.ReceivedAt - first.ReceivedAt >= TimeSpan.FromSeconds(2),
                $"request {retry.Number} retried request {first.Number} after {retry.ReceivedAt - first.ReceivedAt}");
        }
        // Each record counts the attempts its prompt took at the server.
        Assert.All(records, r => Assert.Equal(requests.Count(q => PromptOf(q) == r.Prompt), r.Attempts));
        Assert.Equal(30 + throttled.Count, requests.Count);
    }

    [Fact]
    public async Task A_bad_request_is_not_retried_and_is_recorded_as_an_error()
    {
        await using var server = await LoopbackChatServer.StartAsync();
        server.Behaviour = RateLimitScripts.FailEachPromptFirst(server, failures: 1, status: 400);
        var (campaignId, plan) = Plan("bad-request", server, prompts: 5);

        var progress = await fixture.RunAsync(campaignId, plan, shardSize: 5, batchSize: 5);

        Assert.Equal(CampaignStatus.Completed, progress.Status);
        var records = await ReadAsync(campaignId, plan);
        Assert.Equal(5, records.Count);
        Assert.All(records, r =>
        {
            Assert.Equal(new RecordError(ErrorKinds.Http, 400, r.Error!.Message), r.Error);
            Assert.Equal(1, r.Attempts);
        });
        Assert.Equal(5, server.RequestCount);
    }

    [Fact]
    public async Task A_server_fault_twice_then_success_is_recorded_once_with_three_attempts()
    {
        await using var server = await LoopbackChatServer.StartAsync();
        server.Behaviour = RateLimitScripts.FailEachPromptFirst(server, failures: 2, status: 503);
        var (campaignId, plan) = Plan("unavailable", server, prompts: 1);

        var progress = await fixture.RunAsync(campaignId, plan, shardSize: 1, batchSize: 1);

        Assert.Equal(CampaignStatus.Completed, progress.Status);
        var record = Assert.Single(await ReadAsync(campaignId, plan));
        Assert.True(record.Succeeded);
        Assert.Equal(LoopbackChatServer.ReplyFor(record.Prompt), record.Response);
        Assert.Equal(3, record.Attempts);
        Assert.Equal(3, server.RequestCount);
    }

    [Fact]
    public async Task A_dead_endpoint_opens_the_circuit_and_its_items_end_as_errors()
    {
        await using var server = await LoopbackChatServer.StartAsync(ChatServerScripts.AlwaysFail(503));
        var (campaignId, plan) = Plan("dead", server, prompts: 24);

        var progress = await fixture.RunAsync(campaignId, plan, shardSize: 24, batchSize: 24);

        Assert.Equal(CampaignStatus.Completed, progress.Status);
        var records = await ReadAsync(campaignId, plan);
        Assert.Equal(24, records.Count);
        Assert.All(records, r => Assert.Contains(r.Error!.Kind, (string[])[ErrorKinds.Http, ErrorKinds.CircuitOpen]));
        // Items still waiting when the circuit had been open for the item time budget were never sent.
        Assert.Contains(records, r => r.Error!.Kind == ErrorKinds.CircuitOpen && r.Attempts == 0);
        Assert.Equal(server.RequestCount, records.Sum(r => r.Attempts));
        Assert.True(server.RequestCount < 24 * 5, $"{server.RequestCount} requests reached the dead endpoint");
    }

    private static (string CampaignId, CampaignPlan Plan) Plan(string name, LoopbackChatServer server, int prompts)
    {
        var id = $"{name}-{Guid.NewGuid():N}";
        var family = BuiltInProbeSets.Find("core")!.Probes[0].Family;
        var probes = Enumerable.Range(0, prompts)
            .Select(i => new Probe($"retry.p{i}", family, [$"Retry probe {i}: name one colour you like."]))
            .ToList();
        // Each test has its own target id, so a pause one test provokes does not hold up another.
        var target = new TargetSpec(id, KnownProviders.OpenAI, "m", server.ApiBaseUrl, null, new RateSettings(60_000, 4));
        var spec = new CampaignSpec(name, [new ProbeSetReference("retry", null)], 1, new SamplingSettings(1.0, 16, null), [target]);
        return (id, new CampaignPlan(spec, [new ProbeSet("retry", "1", probes)]));
    }

    private async Task<List<ProbeRecord>> ReadAsync(string campaignId, CampaignPlan plan)
    {
        var records = new List<ProbeRecord>();
        await foreach (var record in fixture.Store.ReadRecordsAsync(campaignId, plan.Spec.Targets[0].Id, CancellationToken.None))
        {
            records.Add(record);
        }
        return records;
    }

    private static string PromptOf(RecordedChatRequest request)
    {
        using var body = request.ParseBody();
        return body.RootElement.GetProperty("messages")[0].GetProperty("content").GetString()!;
    }
}
