using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Probes.Connectors.Http;
using Probes.Connectors.OpenAICompatible;
using Probes.Connectors.Replay;
using Probes.Connectors.Simulated;

namespace Probes.Connectors;

public static class ConnectorsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IModelClientFactory"/>, its options (bound from <c>Probes:ModelClient</c> and
    /// <c>Probes:Simulated</c> when configuration is given), the model-API HttpClient, and
    /// <see cref="TimeProvider.System"/> unless a TimeProvider is already registered.
    /// </summary>
    /// <remarks>
    /// The HttpClient deliberately has no retry and no circuit breaker: every attempt must hold a permit from the
    /// target's cluster-wide governor, which also owns the circuit, so those live with the shard's executor.
    /// </remarks>
    public static IServiceCollection AddProbesConnectors(this IServiceCollection services, IConfiguration? configuration = null)
    {
        // A second call would stack a second rate-capturing handler onto the same HttpClient.
        if (services.Any(descriptor => descriptor.ServiceType == typeof(IModelClientFactory)))
        {
            return services;
        }
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();

        var modelClient = services.AddOptions<ModelClientOptions>()
            .Validate(options => options.Problem() is null, "Invalid Probes:ModelClient options (see ModelClientOptions.Problem).")
            .ValidateOnStart();
        var simulated = services.AddOptions<SimulatedOptions>()
            .Validate(options => options.Latency >= TimeSpan.Zero, "Probes:Simulated:Latency must not be negative.")
            .ValidateOnStart();
        if (configuration is not null)
        {
            modelClient.Bind(configuration.GetSection(ModelClientOptions.SectionName));
            simulated.Bind(configuration.GetSection(SimulatedOptions.SectionName));
        }

        services.AddHttpClient(ModelClientOptions.HttpClientName)
            // Each client's attempt deadline bounds the call, body included; HttpClient's 100 s default must not cut in.
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RedactLoggedHeaders(_ => true)
            .AddHttpMessageHandler(() => new ResponseRateCaptureHandler());

        services.AddSingleton<OpenAICompatibleProvider>();
        services.AddSingleton<NativeProviders>();
        services.AddSingleton<ReplayRecordings>();
        services.AddSingleton<IModelClientFactory, ModelClientFactory>();
        return services;
    }
}
