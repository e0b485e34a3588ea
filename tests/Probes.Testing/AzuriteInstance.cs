using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Probes.Testing;

/// <summary>
/// An Azure Storage emulator for tests: the one named by PROBES_AZURITE_CONNECTION_STRING (infra/test.sh starts one
/// for the whole run), or else a private Azurite on three free loopback ports with its data in a temporary folder.
/// </summary>
public sealed class AzuriteInstance : IAsyncDisposable
{
    public const string ConnectionStringVariable = "PROBES_AZURITE_CONNECTION_STRING";

    // Azurite's fixed development account; public by design, it grants access to nothing but the emulator.
    public const string AccountName = "devstoreaccount1";
    public const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(15);
    private const int OutputLinesKept = 40;

    private readonly Process? _process;
    private readonly string? _dataFolder;
    private readonly ConcurrentQueue<string> _output;

    private AzuriteInstance(string connectionString, Process? process, string? dataFolder, ConcurrentQueue<string> output)
    {
        ConnectionString = connectionString;
        _process = process;
        _dataFolder = dataFolder;
        _output = output;
    }

    /// <summary>Full connection string with explicit endpoints, as non-default ports require.</summary>
    public string ConnectionString { get; }

    /// <summary>True when the emulator was started elsewhere and this instance will not stop it.</summary>
    public bool IsShared => _process is null;

    public static async Task<AzuriteInstance> StartAsync(CancellationToken cancellationToken = default)
    {
        var shared = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(shared))
        {
            return new AzuriteInstance(shared, process: null, dataFolder: null, new ConcurrentQueue<string>());
        }
        var executable = await AzuriteInstall.EnsureExecutableAsync(cancellationToken);
        var (blobPort, queuePort, tablePort) = PickFreePorts();
        var dataFolder = Directory.CreateTempSubdirectory("probes-azurite-").FullName;
        var output = new ConcurrentQueue<string>();
        var process = Launch(executable, dataFolder, blobPort, queuePort, tablePort, output);
        var instance = new AzuriteInstance(BuildConnectionString(blobPort, queuePort, tablePort), process, dataFolder, output);
        try
        {
            await WaitUntilListeningAsync(process, blobPort, output, cancellationToken);
            return instance;
        }
        catch
        {
            await instance.DisposeAsync();
            throw;
        }
    }

    public static string BuildConnectionString(int blobPort, int queuePort, int tablePort) =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/{AccountName};" +
        $"QueueEndpoint=http://127.0.0.1:{queuePort}/{AccountName};" +
        $"TableEndpoint=http://127.0.0.1:{tablePort}/{AccountName};";

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var stopped = new CancellationTokenSource(StopTimeout);
                await _process.WaitForExitAsync(stopped.Token);
            }
            _process.Dispose();
        }
        if (_dataFolder is not null && Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    private static Process Launch(string executable, string dataFolder, int blobPort, int queuePort, int tablePort,
        ConcurrentQueue<string> output)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // No telemetry (nothing may leave the machine); skip the API version check because the Blob SDK announces a
        // service version newer than this Azurite knows.
        string[] arguments =
        [
            "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--location", dataFolder,
            "--blobHost", "127.0.0.1", "--blobPort", $"{blobPort}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{queuePort}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{tablePort}",
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Keep(output, line.Data);
        process.ErrorDataReceived += (_, line) => Keep(output, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilListeningAsync(Process process, int blobPort, ConcurrentQueue<string> output,
        CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(StartTimeout);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"Azurite exited with code {process.ExitCode}: {string.Join('\n', output)}");
            }
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, blobPort, deadline.Token);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"Azurite did not accept connections on port {blobPort} within {StartTimeout}: " +
                    string.Join('\n', output));
            }
        }
    }

    /// <summary>All three listeners are held open until every port is chosen, so the three ports differ.</summary>
    private static (int Blob, int Queue, int Table) PickFreePorts()
    {
        var listeners = Enumerable.Range(0, 3).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        try
        {
            foreach (var listener in listeners)
            {
                listener.Start();
            }
            var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
            return (ports[0], ports[1], ports[2]);
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
            }
        }
    }

    private static void Keep(ConcurrentQueue<string> output, string? line)
    {
        if (line is null)
        {
            return;
        }
        output.Enqueue(line);
        while (output.Count > OutputLinesKept && output.TryDequeue(out _))
        {
        }
    }
}
