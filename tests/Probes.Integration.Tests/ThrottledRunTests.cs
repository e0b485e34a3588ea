using Probes.Core.ProbeSets;
using Probes.Storage;
using Probes.Testing;

namespace Probes.Integration.Tests;

/// <summary>
/// The <c>probes run</c> process against a server that throttles one request in ten with <c>Retry-After: 2</c>: the
/// run still completes, each item lands once in the local store, and no throttled prompt is re-sent before the
/// provider's two seconds are over.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ThrottledRunTests : IDisposable
{
    // One sample per probe: every item then has its own prompt, so a request's prompt names its item.
    private const int Samples = 1;
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("probes-throttled-");

    [Fact]
    public async Task A_run_throttled_one_request_in_ten_completes_with_each_item_once_and_every_retry_after_honoured()
    {
        await using var server = await LoopbackChatServer.StartAsync(RateLimitScripts.ThrottleEveryTenth((int)RetryAfter.TotalSeconds));
        var spec = await LoopbackSpec.WriteAsync(_folder, "throttled", server, Samples);
        var data = Path.Combine(_folder.FullName, "data");

        var run = await CliProcess.RunAsync(null, "run", spec, "--storage", data);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var items = BuiltInProbeSets.Find("core")!.Probes.Sum(probe => probe.Variants.Count) * Samples;
        var store = new ProbeStore(new LocalFolderBlobStore(data));
        var campaignId = Assert.Single(await store.ListCampaignsAsync().ToListAsync());
        var stored = await store.ReadStoredRecordsAsync(campaignId, "loop").ToListAsync();
        Assert.Equal(Enumerable.Range(0, items).Select(i => (long)i), stored.Select(record => record.ItemIndex).Order());
        Assert.All(stored, record => Assert.Equal(LoopbackChatServer.ReplyFor(record.Prompt), record.Response));
        Assert.Equal(items, stored.Select(record => record.Prompt).Distinct(StringComparer.Ordinal).Count());

        var requests = server.Requests;
        var throttled = requests.Where(request => RateLimitScripts.IsThrottled(request.Number)).ToList();
        Assert.NotEmpty(throttled);
        foreach (var first in throttled)
        {
            var prompt = first.ReadPrompt();
            var next = requests.First(request => request.Number > first.Number && request.ReadPrompt() == prompt);
            Assert.True(next.ReceivedAt - first.ReceivedAt >= RetryAfter,
                $"request {next.Number} re-sent request {first.Number}'s prompt after {next.ReceivedAt - first.ReceivedAt}");
        }
        // Each throttled request cost its item one attempt more, and nothing else was sent twice.
        Assert.Equal(items + throttled.Count, requests.Count);
        Assert.Equal(requests.Count, stored.Sum(record => record.Attempts));
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
