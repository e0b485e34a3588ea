using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using Probes.Storage;
using Probes.Testing;

namespace Probes.Integration.Tests;

/// <summary>
/// The whole path as a user runs it: the <c>probes</c> process, a spec with an OpenAI-compatible target (an in-test
/// loopback server), records and fingerprints in Azure Blob Storage (Azurite), and the analyst's commands after it.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Slow")]
public sealed class EndToEndTests(AzuriteFixture azurite) : IDisposable
{
    private const string PlantedKey = "sk-planted-3f9a1c7e5b2d4086-never-log-me";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("probes-e2e-");

    [Fact]
    public async Task A_campaign_against_an_openai_compatible_server_lands_every_record_once_in_azure_blob_storage()
    {
        await using var server = await LoopbackChatServer.StartAsync();
        var container = AzuriteFixture.UniqueContainerName("e2e");
        var spec = Path.Combine(_folder.FullName, "campaign.yaml");
        await File.WriteAllTextAsync(spec, $"""
            name: loopback
            probe_sets:
              - builtin: core
            samples_per_probe: 2
            sampling: {"{"} temperature: 0.7, max_tokens: 64 {"}"}
            targets:
              - id: loop-a
                provider: openai
                model: loop-model-a
                base_url: {server.ApiBaseUrl}
                api_key_env: PROBES_E2E_KEY
                rate: {"{"} requests_per_minute: 60000, max_in_flight: 8 {"}"}
              - id: loop-b
                provider: openai
                model: loop-model-b
                base_url: {server.ApiBaseUrl}
                api_key_env: PROBES_E2E_KEY
            """);
        var env = new Dictionary<string, string> { ["PROBES_E2E_KEY"] = PlantedKey };

        var run = await CliProcess.RunAsync(env, "run", spec, "--storage-connection-string", azurite.ConnectionString, "--container", container);
        Assert.True(run.ExitCode == 0, run.Output + run.Error);

        var store = new ProbeStore(AzureBlobStore.FromConnectionString(azurite.ConnectionString, container));
        var expectedPerTarget = Core.ProbeSets.BuiltInProbeSets.Find("core")!.Probes.Sum(p => p.Variants.Count) * 2;
        var campaignId = Assert.Single(await ToListAsync(store.ListCampaignsAsync()));
        foreach (var target in new[] { "loop-a", "loop-b" })
        {
            var records = await ToListAsync(store.ReadRecordsAsync(campaignId, target));
            Assert.Equal(expectedPerTarget, records.Count);
            Assert.Equal(Enumerable.Range(0, expectedPerTarget).Select(i => (long)i), records.Select(r => r.ItemIndex).Order());
            Assert.All(records, r => Assert.Null(r.Error));
            Assert.All(records, r => Assert.Equal(LoopbackChatServer.ReplyFor(r.Prompt), r.Response));
        }
        // Every call reached the server exactly once and carried the key from the named variable.
        Assert.Equal(2 * expectedPerTarget, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal($"Bearer {PlantedKey}", r.Authorization));

        var list = await CliProcess.RunAsync(null, "fp", "list", "--storage-connection-string", azurite.ConnectionString, "--container", container, "--json");
        Assert.Equal(0, list.ExitCode);
        var counts = JsonDocument.Parse(list.Output).RootElement.EnumerateArray()
            .ToDictionary(e => e.GetProperty("targetId").GetString()!, e => e.GetProperty("recordCount").GetInt64());
        Assert.Equal(new Dictionary<string, long> { ["loop-a"] = expectedPerTarget, ["loop-b"] = expectedPerTarget }, counts);

        // The planted key appears nowhere: not in what the CLI printed, not in any blob (campaign.json, records, fingerprints).
        Assert.DoesNotContain(PlantedKey, run.Output + run.Error + list.Output + list.Error);
        var blobs = new BlobContainerClient(azurite.ConnectionString, container);
        var checkedBlobs = 0;
        await foreach (var item in blobs.GetBlobsAsync())
        {
            var bytes = (await blobs.GetBlobClient(item.Name).DownloadContentAsync()).Value.Content.ToArray();
            var text = item.Name.EndsWith(".gz", StringComparison.Ordinal) ? Gunzip(bytes) : Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain(PlantedKey, text);
            checkedBlobs++;
        }
        Assert.True(checkedBlobs >= 5, $"expected campaign.json, batches and fingerprints, saw {checkedBlobs} blobs");
    }

    private static string Gunzip(byte[] bytes)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }
        return list;
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
