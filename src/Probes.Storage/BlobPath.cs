namespace Probes.Storage;

/// <summary>
/// The blob names both stores accept. One rule set for both, so anything written to the local folder can be copied to a
/// container (and back) unchanged, and no name can climb out of the local root.
/// </summary>
public static class BlobPath
{
    /// <summary>
    /// The local store stages half-written files here before renaming them into place; the name is reserved in every
    /// store so that the two never disagree about which paths exist.
    /// </summary>
    public const string StagingFolder = ".incoming";

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="path"/> is a valid blob path.</summary>
    public static void EnsureValid(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!IsValid(path))
        {
            throw new ArgumentException($"'{path}' is not a valid blob path: use '/'-separated, non-empty segments " +
                $"other than '.' and '..', without backslashes or control characters, not under '{StagingFolder}/'.",
                nameof(path));
        }
    }

    /// <summary>
    /// Throws unless <paramref name="prefix"/> is empty or its folder part (up to the last '/') is a valid path;
    /// the part after the last '/' only filters names, so it may be any text.
    /// </summary>
    public static void EnsureValidPrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var lastSlash = prefix.LastIndexOf('/');
        if (lastSlash >= 0)
        {
            EnsureValid(prefix[..lastSlash]);
        }
        var namePart = prefix[(lastSlash + 1)..];
        if (namePart.Contains('\\') || namePart.Any(char.IsControl))
        {
            throw new ArgumentException($"'{prefix}' is not a valid blob prefix.", nameof(prefix));
        }
    }

    /// <summary>Throws unless <paramref name="folder"/> is empty (the root) or a valid path.</summary>
    public static void EnsureValidFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (folder.Length > 0)
        {
            EnsureValid(folder);
        }
    }

    public static bool IsValid(string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }
        var segments = path.Split('/');
        if (segments[0] == StagingFolder)
        {
            return false;
        }
        foreach (var segment in segments)
        {
            if (segment.Length == 0 || segment is "." or ".." || segment.Contains('\\') || segment.Any(char.IsControl))
            {
                return false;
            }
        }
        return true;
    }
}
