using System.Diagnostics;

namespace Probes.Integration.Tests;

/// <summary>Runs the built <c>probes</c> command as its own process, as a user would, and captures what it prints.</summary>
public static class CliProcess
{
    /// <summary>
    /// The CLI's own build output, not the copy beside the tests: its runtimeconfig and deps files are the ones a user
    /// runs with (the test folder resolves shared frameworks differently).
    /// </summary>
    private static readonly Lazy<string> CliAssembly = new(() =>
    {
        var testFolder = Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory);
        var configuration = Path.GetFileName(Path.GetDirectoryName(testFolder))!;
        DirectoryInfo? folder = new(testFolder);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Probes.sln")))
        {
            folder = folder.Parent;
        }
        var path = Path.Combine(folder?.FullName ?? throw new DirectoryNotFoundException("Probes.sln not found above the test folder"),
            "src", "Probes.Cli", "bin", configuration, "net10.0", "probes.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("build src/Probes.Cli first", path);
    });

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(IDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(CliAssembly.Value);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await output, await error);
    }
}
