using System.Text;

namespace Probes.Storage.Tests;

/// <summary>
/// What every <see cref="IBlobStore"/> must do, run against each implementation: the local folder and Azure
/// (Azurite) have to be interchangeable, because data written by one is read through the other.
/// </summary>
public abstract class BlobStoreContract
{
    protected abstract IBlobStore Store { get; }

    [Fact]
    public async Task Reads_back_what_was_written()
    {
        await Store.WriteAsync("a/b/c.txt", Bytes("hello"));

        Assert.Equal("hello", Text(await Store.ReadAsync("a/b/c.txt")));
    }

    [Fact]
    public async Task Overwrite_replaces_the_whole_content()
    {
        await Store.WriteAsync("doc.json", Bytes("a long first version"));
        await Store.WriteAsync("doc.json", Bytes("v2"));

        Assert.Equal("v2", Text(await Store.ReadAsync("doc.json")));
        Assert.Equal(["doc.json"], await ListAsync(""));
    }

    [Fact]
    public async Task Missing_blobs_and_folders_read_as_null()
    {
        await Store.WriteAsync("present/file.bin", Bytes("x"));

        Assert.Null(await Store.ReadAsync("absent.bin"));
        Assert.Null(await Store.ReadAsync("absent/deeper/file.bin"));
        Assert.Null(await Store.ReadAsync("present"));
    }

    [Fact]
    public async Task Empty_and_binary_contents_survive()
    {
        byte[] binary = [0, 255, 10, 13, 0, 128];
        await Store.WriteAsync("empty", ReadOnlyMemory<byte>.Empty);
        await Store.WriteAsync("binary", binary);

        var empty = await Store.ReadAsync("empty");
        Assert.NotNull(empty);
        Assert.Empty(empty);
        Assert.Equal(binary, await Store.ReadAsync("binary"));
    }

    [Fact]
    public async Task Lists_by_prefix_including_partial_names()
    {
        foreach (var path in (string[])["r/t1/s0-1.gz", "r/t1/s0-2.gz", "r/t1/s1-1.gz", "r/t2/s0-1.gz", "other/x"])
        {
            await Store.WriteAsync(path, Bytes(path));
        }

        Assert.Equal(["r/t1/s0-1.gz", "r/t1/s0-2.gz", "r/t1/s1-1.gz"], await ListAsync("r/t1/"));
        Assert.Equal(["r/t1/s0-1.gz", "r/t1/s0-2.gz"], await ListAsync("r/t1/s0-"));
        Assert.Equal(["r/t1/s0-1.gz", "r/t1/s0-2.gz", "r/t1/s1-1.gz", "r/t2/s0-1.gz"], await ListAsync("r/t"));
        Assert.Empty(await ListAsync("r/t3/"));
        Assert.Empty(await ListAsync("nothing/here/"));
    }

    [Fact]
    public async Task Lists_in_ordinal_order_whatever_the_write_order()
    {
        string[] paths = ["b/1", "a/2", "a-b/1", "A/1", "a/10", "a.b/1", "a/1", "_/1", "z"];
        foreach (var path in paths)
        {
            await Store.WriteAsync(path, Bytes(path));
        }

        Assert.Equal(paths.Order(StringComparer.Ordinal), await ListAsync(""));
    }

    [Fact]
    public async Task Lists_the_folders_directly_below_a_folder()
    {
        foreach (var path in (string[])["c/x/file", "c/x/deep/file", "c/x-y/file", "c/A/r/s/t", "c/top.json", "d/z/file"])
        {
            await Store.WriteAsync(path, Bytes(path));
        }

        Assert.Equal(["A", "x", "x-y"], await FoldersAsync("c"));
        Assert.Equal(["deep"], await FoldersAsync("c/x"));
        Assert.Equal(["c", "d"], await FoldersAsync(""));
        Assert.Empty(await FoldersAsync("c/top.json"));
        Assert.Empty(await FoldersAsync("missing"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/rooted")]
    [InlineData("../escape")]
    [InlineData("a/../../escape")]
    [InlineData("a/./b")]
    [InlineData("a//b")]
    [InlineData("trailing/")]
    [InlineData("back\\slash")]
    [InlineData("control\u0001char")]
    [InlineData(".incoming/x")]
    public async Task Rejects_paths_that_are_not_plain_relative_names(string path)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.WriteAsync(path, Bytes("x")));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ReadAsync(path));
    }

    [Theory]
    [InlineData("../")]
    [InlineData("a/../")]
    [InlineData("/")]
    public async Task Rejects_prefixes_whose_folder_part_is_not_a_plain_path(string prefix)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => ListAsync(prefix));
    }

    [Fact]
    public void Describes_itself_without_secrets()
    {
        var description = Store.Describe();

        Assert.False(string.IsNullOrWhiteSpace(description));
        Assert.DoesNotContain("AccountKey", description, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("sig=", description, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<List<string>> ListAsync(string prefix)
    {
        var paths = new List<string>();
        await foreach (var path in Store.ListAsync(prefix))
        {
            paths.Add(path);
        }
        return paths;
    }

    private async Task<List<string>> FoldersAsync(string folder)
    {
        var names = new List<string>();
        await foreach (var name in Store.ListFoldersAsync(folder))
        {
            names.Add(name);
        }
        return names;
    }

    protected static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    protected static string? Text(byte[]? bytes) => bytes is null ? null : Encoding.UTF8.GetString(bytes);
}
