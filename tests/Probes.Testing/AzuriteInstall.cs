using System.Diagnostics;
using Probes.Core.Text;

namespace Probes.Testing;

/// <summary>
/// Finds the Azurite that infra/package-lock.json pins, installing it with `npm ci` when the checkout has none yet.
/// Test assemblies may start in parallel, so the install runs under a file lock and only once.
/// </summary>
internal static class AzuriteInstall
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);

    public static async Task<string> EnsureExecutableAsync(CancellationToken cancellationToken)
    {
        var infra = Path.Combine(FindRepositoryRoot(), "infra");
        var executable = Path.Combine(infra, "node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite");
        if (File.Exists(executable))
        {
            return executable;
        }
        var lockPath = Path.Combine(Path.GetTempPath(), $"probes-azurite-install-{StableHash.Hex(infra)}.lock");
        await using var installLock = await AcquireAsync(lockPath, cancellationToken);
        if (!File.Exists(executable))
        {
            await RunNpmCiAsync(infra, cancellationToken);
        }
        return File.Exists(executable)
            ? executable
            : throw new InvalidOperationException($"npm ci in {infra} finished but {executable} is missing.");
    }

    /// <summary>The folder holding Probes.sln, found by walking up from the test assembly's folder.</summary>
    public static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Probes.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} contains Probes.sln.");
    }

    private static async Task<FileStream> AcquireAsync(string lockPath, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(InstallTimeout);
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                // Another test assembly is installing; its install satisfies this one too.
                await Task.Delay(TimeSpan.FromMilliseconds(250), timeout.Token);
            }
        }
    }

    private static async Task RunNpmCiAsync(string infra, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(OperatingSystem.IsWindows() ? "npm.cmd" : "npm")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["ci", "--prefix", infra, "--no-audit", "--no-fund", "--loglevel=error"])
        {
            start.ArgumentList.Add(argument);
        }
        using var npm = Process.Start(start) ?? throw new InvalidOperationException("npm could not be started.");
        var output = npm.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = npm.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(InstallTimeout);
        try
        {
            await npm.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            npm.Kill(entireProcessTree: true);
            throw;
        }
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"npm ci --prefix {infra} failed ({npm.ExitCode}): {await output}{await errors}");
        }
    }
}
