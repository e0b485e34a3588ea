using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Probes.Core.Specs;
using Probes.Testing;

namespace Probes.Connectors.Tests;

/// <summary>The connectors wired exactly as a host wires them, with captured logs.</summary>
internal sealed class ConnectorTestHost : IDisposable
{
    private readonly ServiceProvider _services;

    private ConnectorTestHost(ServiceProvider services, CapturingLoggerProvider logs)
    {
        _services = services;
        Logs = logs;
    }

    public CapturingLoggerProvider Logs { get; }

    public IModelClientFactory Factory => _services.GetRequiredService<IModelClientFactory>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Builds the host; <paramref name="settings"/> override the fast defaults used by tests.</summary>
    public static ConnectorTestHost Create(IDictionary<string, string?>? settings = null, TimeProvider? timeProvider = null)
    {
        var configuration = FastSettings(settings);
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddProbesConnectors(configuration);
        return new ConnectorTestHost(services.BuildServiceProvider(), logs);
    }

    /// <summary>A 10 s attempt timeout, no simulated latency; <paramref name="overrides"/> win.</summary>
    public static IConfiguration FastSettings(IDictionary<string, string?>? overrides = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Probes:ModelClient:AttemptTimeout"] = "00:00:10",
            ["Probes:Simulated:Latency"] = "00:00:00",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }
        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    public static TargetSpec Target(string provider, string model, string? baseUrl = null, string? apiKeyEnv = null) =>
        new("target-1", provider, model, baseUrl, apiKeyEnv, RateSettings.Default);

    /// <summary>Where a target of <paramref name="provider"/> points to reach <paramref name="server"/>.</summary>
    public static string BaseUrlFor(string provider, LoopbackChatServer server) =>
        provider == KnownProviders.OpenAI ? server.ApiBaseUrl : server.RootUrl;

    public void Dispose() => _services.Dispose();
}
