namespace Probes.Storage.Tests;

public sealed class LocalFolderBlobStoreTests : BlobStoreContract, IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly LocalFolderBlobStore _store;

    public LocalFolderBlobStoreTests() => _store = new LocalFolderBlobStore(_folder.Path);

    protected override IBlobStore Store => _store;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Blob_paths_are_file_paths_below_the_root()
    {
        await _store.WriteAsync("campaigns/c1/campaign.json", Bytes("{}"));

        var file = Path.Combine(_folder.Path, "campaigns", "c1", "campaign.json");
        Assert.Equal("{}", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task Files_placed_by_hand_are_blobs_too()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "copied"));
        await File.WriteAllTextAsync(Path.Combine(_folder.Path, "copied", ".hidden"), "dot file");

        Assert.Equal(["copied/.hidden"], await ToListAsync(_store.ListAsync("copied/")));
        Assert.Equal("dot file", Text(await _store.ReadAsync("copied/.hidden")));
    }

    [Fact]
    public async Task Leaves_no_staging_files_behind_and_never_lists_them()
    {
        for (var i = 0; i < 5; i++)
        {
            await _store.WriteAsync("doc", Bytes($"version {i}"));
        }

        var staging = Path.Combine(_folder.Path, BlobPath.StagingFolder);
        Assert.Empty(Directory.EnumerateFileSystemEntries(staging));
        await File.WriteAllTextAsync(Path.Combine(staging, "left-by-a-crash.partial"), "half");
        Assert.Equal(["doc"], await ToListAsync(_store.ListAsync("")));
        Assert.Empty(await ToListAsync(_store.ListFoldersAsync("")));
    }

    [Fact]
    public async Task Folders_without_any_blob_are_not_listed()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "campaigns", "abandoned", "target"));
        await _store.WriteAsync("campaigns/real/campaign.json", Bytes("{}"));

        Assert.Equal(["real"], await ToListAsync(_store.ListFoldersAsync("campaigns")));
    }

    [Fact]
    public async Task Readers_see_either_the_old_or_the_new_content_never_a_mix()
    {
        var first = Enumerable.Repeat((byte)'a', 4 << 20).ToArray();
        var second = Enumerable.Repeat((byte)'b', 4 << 20).ToArray();
        await _store.WriteAsync("big.bin", first);

        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < 20; i++)
            {
                await _store.WriteAsync("big.bin", i % 2 == 0 ? second : first);
            }
        });
        var reads = 0;
        while (!writer.IsCompleted || reads == 0)
        {
            var seen = await _store.ReadAsync("big.bin");
            Assert.NotNull(seen);
            Assert.True(seen.SequenceEqual(first) || seen.SequenceEqual(second), "a reader saw a partly written blob");
            reads++;
        }
        await writer;
    }

    [Fact]
    public void Relative_roots_resolve_to_full_paths()
    {
        var store = new LocalFolderBlobStore(Path.Combine(_folder.Path, "sub", "..", "data"));

        Assert.Equal(Path.Combine(_folder.Path, "data"), store.Root);
        Assert.Contains(store.Root, store.Describe(), StringComparison.Ordinal);
    }

    private static async Task<List<string>> ToListAsync(IAsyncEnumerable<string> items)
    {
        var list = new List<string>();
        await foreach (var item in items)
        {
            list.Add(item);
        }
        return list;
    }
}
