namespace Probes.Testing;

/// <summary>
/// Recorded evaluation data kept beside the repository (<c>../shared/eval</c>), never inside it: research-only
/// licences. Tests that read it say so and return when it is not on the machine.
/// </summary>
public static class SharedEvalData
{
    private static readonly string[] RelativeFolder = ["shared", "eval", "alpaca-eval-dev"];

    /// <summary>
    /// <c>../shared/eval/alpaca-eval-dev</c> from the repository root, or from a folder further up when the
    /// repository is a checkout nested below the shared folder's parent; the first candidate when none exists.
    /// </summary>
    public static string AlpacaEvalDev { get; } = Locate();

    private static string Locate()
    {
        var root = RepositoryRoot();
        var candidates = new List<string>();
        for (var folder = root.Parent; folder is not null; folder = folder.Parent)
        {
            candidates.Add(Path.Combine([folder.FullName, .. RelativeFolder]));
        }
        return candidates.FirstOrDefault(Directory.Exists) ?? candidates.FirstOrDefault() ?? Path.Combine(RelativeFolder);
    }

    private static DirectoryInfo RepositoryRoot()
    {
        DirectoryInfo? folder = new(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Probes.sln")))
        {
            folder = folder.Parent;
        }
        return folder ?? throw new DirectoryNotFoundException("Probes.sln not found above the test folder");
    }
}
