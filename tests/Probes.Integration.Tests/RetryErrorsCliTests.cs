using System.Text.Json;
using Probes.Core.ProbeSets;
using Probes.Core.Work;
using Probes.Storage;
using Probes.Testing;

namespace Probes.Integration.Tests;

/// <summary>
/// A campaign whose server fails some prompts for good, then heals: <c>campaign retry-errors</c> re-sends exactly the
/// failed items, every item ends with one effective record, and the fingerprint counts agree. Records in Azurite.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Slow")]
public sealed class RetryErrorsCliTests(AzuriteFixture azurite) : IDisposable
{
    private const int Samples = 2;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("probes-retry-");

    [Fact]
    public async Task Retry_errors_re_runs_exactly_the_failed_items_and_leaves_one_record_per_item()
    {
        await using var server = await LoopbackChatServer.StartAsync();
        var work = new WorkPlan([BuiltInProbeSets.Find("core")!], Samples);
        var failing = new[] { 1, 4, 9 }.Select(p => work[p * Samples].Prompt).ToHashSet();
        server.Behaviour = PromptFaultScripts.FailPrompts(server, failing, 400);
        var container = AzuriteFixture.UniqueContainerName("retry");
        string[] storage = ["--storage-connection-string", azurite.ConnectionString, "--container", container];
        var spec = await LoopbackSpec.WriteAsync(_folder, "retry", server, Samples);

        var run = await CliProcess.RunAsync(null, ["run", spec, .. storage]);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var failedItems = failing.Count * Samples;
        Assert.Contains($"loop: {work.Count}/{work.Count} records, {failedItems} errors", run.Output);
        var store = new ProbeStore(AzureBlobStore.FromConnectionString(azurite.ConnectionString, container));
        var campaignId = Assert.Single(await store.ListCampaignsAsync().ToListAsync());

        server.Behaviour = null;
        var requestsBefore = server.RequestCount;
        var retry = await CliProcess.RunAsync(null, ["campaign", "retry-errors", campaignId, .. storage]);

        Assert.True(retry.ExitCode == 0, retry.Output + retry.Error);
        Assert.Contains($"retried {failedItems} items: {failedItems} succeeded, 0 still failing", retry.Output);
        var resent = server.Requests.Skip(requestsBefore).Select(r => JsonDocument.Parse(r.Body).RootElement
            .GetProperty("messages")[0].GetProperty("content").GetString()!).ToList();
        Assert.Equal(failedItems, resent.Count);
        Assert.All(resent, prompt => Assert.Contains(prompt, failing));

        var records = await store.ReadRecordsAsync(campaignId, "loop").ToListAsync();
        Assert.Equal(Enumerable.Range(0, (int)work.Count).Select(i => (long)i), records.Select(r => r.ItemIndex).Order());
        Assert.All(records, r => Assert.Equal(LoopbackChatServer.ReplyFor(r.Prompt), r.Response));
        var fingerprints = await CliProcess.RunAsync(null, ["fp", "list", .. storage, "--json"]);
        var row = Assert.Single(JsonDocument.Parse(fingerprints.Output).RootElement.EnumerateArray());
        Assert.Equal(work.Count, row.GetProperty("recordCount").GetInt64());
        Assert.Equal(0, row.GetProperty("errorCount").GetInt64());

        // Nothing left to retry: a second run says so and sends nothing.
        var again = await CliProcess.RunAsync(null, ["campaign", "retry-errors", campaignId, .. storage]);
        Assert.True(again.ExitCode == 0, again.Output + again.Error);
        Assert.Contains("no failed items: nothing to retry", again.Output);
        Assert.Equal(requestsBefore + failedItems, server.RequestCount);
        var status = await CliProcess.RunAsync(null, ["campaign", "status", campaignId, .. storage]);
        Assert.Contains($"campaign {campaignId}: completed (after retry attempt 1)", status.Output);
        Assert.Contains($"loop: {work.Count}/{work.Count} records, 0 errors", status.Output);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
