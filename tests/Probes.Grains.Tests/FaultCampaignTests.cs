using Probes.Connectors;
using Probes.Core.Records;
using Probes.Testing;

namespace Probes.Grains.Tests;

/// <summary>
/// Every fault the loopback server can inject, met by a real campaign through the production connectors: passing
/// faults are retried into one success per item, permanent ones are recorded at once, lasting ones end as errors of
/// their kind once the retry budget is spent; no item is ever lost or recorded twice.
/// </summary>
[Collection("fault-cluster")]
public sealed class FaultCampaignTests(FaultClusterFixture fixture)
{
    /// <summary>How often each hit prompt meets a passing fault: twice, so a retry is itself retried.</summary>
    private const int PassingFailures = 2;

    public static IEnumerable<object[]> EveryFault => FaultCases.Names(_ => true);

    public static IEnumerable<object[]> LastingFaults => FaultCases.Names(fault => fault.Fails && fault.Lasting);

    [Theory]
    [MemberData(nameof(EveryFault))]
    public async Task A_passing_fault_is_retried_and_each_item_ends_as_one_success(string fault)
    {
        var @case = FaultCases.All[fault];

        var run = await FaultCampaign.RunAsync(fixture, "passing", @case.Provider, @case.Build, PassingFailures);

        run.AssertEveryItemRecordedOnce();
        Assert.All(run.Effective, record =>
        {
            Assert.True(record.Succeeded, record.Error?.Message);
            Assert.Equal(LoopbackChatServer.ReplyFor(record.Prompt), record.Response);
            var expected = @case.Fails && run.Hit.Contains(record.Prompt) ? 1 + PassingFailures : 1;
            Assert.Equal(expected, record.Attempts);
        });
        if (@case.EarliestRetry is not { } earliest)
        {
            return;
        }
        foreach (var prompt in run.Hit)
        {
            var requests = run.RequestsFor(prompt);
            for (var faulted = 0; faulted < PassingFailures; faulted++)
            {
                var retry = requests[faulted + 1];
                var allowed = earliest(requests[faulted], run.Start);
                Assert.True(retry.ReceivedAt >= allowed,
                    $"request {retry.Number} came at {retry.ReceivedAt:O}, before the provider's {allowed:O}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(LastingFaults))]
    public async Task A_fault_that_outlasts_the_retry_budget_ends_as_an_error_of_its_kind(string fault)
    {
        var @case = FaultCases.All[fault];

        var run = await FaultCampaign.RunAsync(fixture, "lasting", @case.Provider, @case.Build, int.MaxValue);

        run.AssertEveryItemRecordedOnce();
        Assert.All(run.Effective, record =>
        {
            if (!run.Hit.Contains(record.Prompt))
            {
                Assert.True(record.Succeeded, record.Error?.Message);
                Assert.Equal(1, record.Attempts);
                return;
            }
            Assert.Equal(@case.Kind, record.Error?.Kind);
            Assert.Equal(@case.Status, record.Error!.Status);
            Assert.Equal(FaultClusterFixture.MaxAttempts, record.Attempts);
        });
    }

    [Theory]
    [InlineData(KnownProviders.OpenAI, 400)]
    [InlineData(KnownProviders.OpenAI, 401)]
    [InlineData(KnownProviders.OpenAI, 404)]
    [InlineData(KnownProviders.Anthropic, 401)]
    [InlineData(KnownProviders.Gemini, 400)]
    public async Task A_permanent_status_is_recorded_as_an_error_after_one_attempt(string provider, int status)
    {
        var run = await FaultCampaign.RunAsync(fixture, "permanent", provider, _ => ServerFaults.Status(status), int.MaxValue);

        run.AssertEveryItemRecordedOnce();
        Assert.All(run.Effective, record =>
        {
            Assert.Equal(1, record.Attempts);
            Assert.Equal(run.Hit.Contains(record.Prompt) ? ErrorKinds.Http : null, record.Error?.Kind);
            Assert.Equal(run.Hit.Contains(record.Prompt) ? status : null, record.Error?.Status);
        });
        Assert.Equal(FaultCampaign.Items, run.Requests.Count);
    }
}
