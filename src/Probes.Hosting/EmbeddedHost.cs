using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Probes.Storage;

namespace Probes.Hosting;

/// <summary>
/// A whole Probes cluster in this process: one silo on loopback with in-memory grain state and reminders, writing
/// records and fingerprints to the given store. The default for a laptop: nothing to install, no server to run.
/// </summary>
public sealed class EmbeddedHost : IAsyncDisposable
{
    private readonly IHost _host;

    private EmbeddedHost(IHost host) => _host = host;

    public IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    public IServiceProvider Services => _host.Services;

    public static async Task<EmbeddedHost> StartAsync(StorageOptions storage, LogLevel logLevel = LogLevel.Warning, CancellationToken cancellationToken = default)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddEnvironmentVariables();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddFilter(level => level >= logLevel);
        // Orleans logs placement retries while the silo joins its own one-node cluster; they are noise for a CLI user.
        builder.Logging.AddFilter("Orleans", LogLevel.Error);
        builder.Logging.AddFilter("Polly", LogLevel.Error);
        builder.Logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        var options = builder.Configuration.ReadProbesOptions();
        options.Cluster = ClusterMode.Embedded;
        builder.Services.AddSingleton(options);
        builder.Services.AddProbesRuntime(builder.Configuration, storage);
        builder.UseOrleans(silo => silo.UseProbes(options));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new EmbeddedHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
