using Probes.Connectors;
using Probes.Contracts;
using Probes.Core.Campaigns;
using Probes.Core.Fingerprints;
using Probes.Core.ProbeSets;
using Probes.Core.Records;
using Probes.Core.Specs;
using Probes.Testing;

namespace Probes.Grains.Tests;

/// <summary>
/// A small campaign (12 items in 2 shards) against a loopback server whose fault hits every other prompt, and
/// everything a matrix case checks afterwards: the progress, each stored record, the server's requests.
/// </summary>
internal sealed record FaultCampaign(
    DateTimeOffset Start,
    CampaignProgress Progress,
    IReadOnlyList<ProbeRecord> Stored,
    IReadOnlyList<ProbeRecord> Effective,
    Fingerprint Fingerprint,
    IReadOnlyList<RecordedChatRequest> Requests,
    IReadOnlySet<string> Hit)
{
    public const int Items = 12;

    /// <summary>Runs the campaign; the first <paramref name="times"/> requests of each hit prompt meet the fault.</summary>
    public static async Task<FaultCampaign> RunAsync(
        SiloClusterFixture fixture, string name, string provider, Func<DateTimeOffset, ServerFault> fault, int times)
    {
        var start = TimeProvider.System.GetUtcNow();
        var prompts = Enumerable.Range(0, Items).Select(i => $"Fault probe {i}: name one river you know.").ToList();
        var hit = prompts.Where((_, i) => i % 2 == 0).ToHashSet(StringComparer.Ordinal);
        await using var server = await LoopbackChatServer.StartAsync(PromptFaultScripts.FaultPrompts(hit, fault(start), times));

        var id = $"fault-{Guid.NewGuid():N}";
        var family = BuiltInProbeSets.Find("core")!.Probes[0].Family;
        var probes = prompts.Select((prompt, i) => new Probe($"fault.p{i}", family, [prompt])).ToList();
        var baseUrl = provider == KnownProviders.OpenAI ? server.ApiBaseUrl : server.RootUrl;
        // Each case has its own target id, so a pause one case provokes does not hold up another.
        var target = new TargetSpec(id, provider, "m", baseUrl, null, new RateSettings(60_000, 8));
        var spec = new CampaignSpec(name, [new ProbeSetReference("fault", null)], 1, new SamplingSettings(1.0, 16, null), [target]);
        var plan = new CampaignPlan(spec, [new ProbeSet("fault", "1", probes)]);

        var progress = await fixture.RunAsync(id, plan, shardSize: Items / 2, batchSize: Items / 2);

        var stored = await fixture.Store.ReadStoredRecordsAsync(id, id).ToListAsync();
        var effective = await fixture.Store.ReadRecordsAsync(id, id).ToListAsync();
        var fingerprint = Fingerprint.FromJson((await fixture.Store.ReadCampaignFingerprintAsync(id, id))!);
        return new FaultCampaign(start, progress, stored, effective, fingerprint, server.Requests, hit);
    }

    /// <summary>The server's requests for one prompt, in arrival order.</summary>
    public IReadOnlyList<RecordedChatRequest> RequestsFor(string prompt) =>
        [.. Requests.Where(request => request.ReadPrompt() == prompt).OrderBy(request => request.Number)];

    /// <summary>What holds whatever the fault: the campaign ends, every item has exactly one record, the counts agree.</summary>
    public void AssertEveryItemRecordedOnce()
    {
        Assert.Equal(CampaignStatus.Completed, Progress.Status);
        var all = Enumerable.Range(0, Items).Select(i => (long)i);
        Assert.Equal(all, Stored.Select(record => record.ItemIndex).Order());
        Assert.Equal(all, Effective.Select(record => record.ItemIndex).Order());
        var errors = Effective.Count(record => !record.Succeeded);
        Assert.Equal(Items, Progress.Completed);
        Assert.Equal(errors, Progress.Errors);
        Assert.Equal(Items - errors, Fingerprint.RecordCount);
        Assert.Equal(errors, Fingerprint.ErrorCount);
        // Every attempt a record counts reached the server, and no request went unaccounted for.
        Assert.All(Effective, record => Assert.Equal(RequestsFor(record.Prompt).Count, record.Attempts));
        Assert.Equal(Requests.Count, Effective.Sum(record => record.Attempts));
    }
}
