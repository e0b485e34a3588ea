using System.Runtime.CompilerServices;

namespace Probes.Storage;

/// <summary>
/// Blobs as files below a root folder, with the same paths as in a container. A write goes to a staging file first and
/// is renamed into place, so a reader (the CLI while a campaign runs) sees the old file or the new one, never half.
/// A path that is the folder of other blobs cannot also be a blob here, unlike in Azure; the storage layout never does that.
/// </summary>
public sealed class LocalFolderBlobStore : IBlobStore
{
    private readonly string _root;
    private readonly string _staging;

    public LocalFolderBlobStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _staging = Path.Combine(_root, BlobPath.StagingFolder);
    }

    public string Root => _root;

    public async Task WriteAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var target = FullPathOf(path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        Directory.CreateDirectory(_staging);
        var staged = Path.Combine(_staging, $"{Guid.NewGuid():N}.partial");
        try
        {
            await using (var file = new FileStream(staged, FileMode.CreateNew, FileAccess.Write, FileShare.None,
                             bufferSize: 0, FileOptions.Asynchronous))
            {
                await file.WriteAsync(content, cancellationToken);
                // Durable before it becomes visible: the record protocol moves on once this write returns.
                file.Flush(flushToDisk: true);
            }
            File.Move(staged, target, overwrite: true);
        }
        catch
        {
            File.Delete(staged);
            throw;
        }
    }

    public async Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var source = FullPathOf(path);
        if (Directory.Exists(source))
        {
            return null;
        }
        try
        {
            return await File.ReadAllBytesAsync(source, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public async IAsyncEnumerable<string> ListAsync(string prefix,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        BlobPath.EnsureValidPrefix(prefix);
        // Directory walks block; keep them off the caller's scheduler (a grain activation, for one).
        var paths = await Task.Run(() => PathsStartingWith(prefix, cancellationToken), cancellationToken);
        foreach (var path in paths)
        {
            yield return path;
        }
    }

    public async IAsyncEnumerable<string> ListFoldersAsync(string folder,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        BlobPath.EnsureValidFolder(folder);
        var names = await Task.Run(() => FoldersBelow(folder, cancellationToken), cancellationToken);
        foreach (var name in names)
        {
            yield return name;
        }
    }

    public string Describe() => $"local folder {_root}";

    private List<string> PathsStartingWith(string prefix, CancellationToken cancellationToken)
    {
        var lastSlash = prefix.LastIndexOf('/');
        var start = lastSlash < 0 ? _root : FullPathOf(prefix[..lastSlash]);
        var paths = new List<string>();
        foreach (var file in FilesBelow(start))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.GetRelativePath(_root, file).Replace(Path.DirectorySeparatorChar, '/');
            if (path.StartsWith(prefix, StringComparison.Ordinal))
            {
                paths.Add(path);
            }
        }
        paths.Sort(StringComparer.Ordinal);
        return paths;
    }

    private List<string> FoldersBelow(string folder, CancellationToken cancellationToken)
    {
        var parent = folder.Length == 0 ? _root : FullPathOf(folder);
        var names = new List<string>();
        if (!Directory.Exists(parent))
        {
            return names;
        }
        foreach (var directory in Directory.EnumerateDirectories(parent, "*", VisibleEntries(recurse: false)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A folder left empty by an interrupted write holds no blob, and in a container it would not exist.
            if (directory != _staging && FilesBelow(directory).Any())
            {
                names.Add(Path.GetFileName(directory));
            }
        }
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    private IEnumerable<string> FilesBelow(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }
        var files = Directory.EnumerateFiles(directory, "*", VisibleEntries(recurse: true));
        var stagingPrefix = _staging + Path.DirectorySeparatorChar;
        return files.Where(file => !file.StartsWith(stagingPrefix, StringComparison.Ordinal));
    }

    // Names starting with '.' count as hidden on Unix; they are ordinary blob names here, so nothing is skipped.
    private static EnumerationOptions VisibleEntries(bool recurse) => new()
    {
        RecurseSubdirectories = recurse,
        AttributesToSkip = FileAttributes.None,
        IgnoreInaccessible = false,
    };

    private string FullPathOf(string path)
    {
        BlobPath.EnsureValid(path);
        var full = Path.GetFullPath(Path.Combine(_root, path.Replace('/', Path.DirectorySeparatorChar)));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{path}' resolves outside the store's root folder.", nameof(path));
        }
        return full;
    }
}
