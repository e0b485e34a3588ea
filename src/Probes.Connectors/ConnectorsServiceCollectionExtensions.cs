using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Probes.Connectors.OpenAICompatible;
using Probes.Connectors.Replay;
using Probes.Connectors.Simulated;

namespace Probes.Connectors;

public static class ConnectorsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IModelClientFactory"/>, its options (bound from <c>Probes:ModelClient</c> and
    /// <c>Probes:Simulated</c> when configuration is given), the model-API HttpClient with its resilience
    /// pipeline, and <see cref="TimeProvider.System"/> unless a TimeProvider is already registered.
    /// </summary>
    public static IServiceCollection AddProbesConnectors(this IServiceCollection services, IConfiguration? configuration = null)
    {
        // A second call would stack a second resilience pipeline onto the same HttpClient.
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

        var http = services.AddHttpClient(ModelClientOptions.HttpClientName)
            // The resilience pipeline's total timeout bounds every call; HttpClient's own 100 s default must not cut in.
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RedactLoggedHeaders(_ => true);
        http.AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider provider) =>
                ApplyBounds(resilience, provider.GetRequiredService<IOptions<ModelClientOptions>>().Value))
            // One circuit breaker per endpoint host: a failing provider must not open the circuit for the others.
            .SelectPipelineByAuthority();
        // Added after the resilience handler, so it runs inside it and counts every retry.
        http.AddHttpMessageHandler(() => new AttemptCountingHandler());

        services.AddSingleton<OpenAICompatibleProvider>();
        services.AddSingleton<ReplayRecordings>();
        services.AddSingleton<IModelClientFactory, ModelClientFactory>();
        return services;
    }

    private static void ApplyBounds(HttpStandardResilienceOptions resilience, ModelClientOptions bounds)
    {
        resilience.Retry.MaxRetryAttempts = bounds.MaxRetryAttempts;
        resilience.Retry.Delay = bounds.RetryBaseDelay;
        resilience.AttemptTimeout.Timeout = bounds.AttemptTimeout;
        resilience.TotalRequestTimeout.Timeout = bounds.TotalTimeout;
        // The standard pipeline requires the breaker's sampling window to span at least two attempts.
        var minimumSampling = bounds.AttemptTimeout * 2;
        if (resilience.CircuitBreaker.SamplingDuration < minimumSampling)
        {
            resilience.CircuitBreaker.SamplingDuration = minimumSampling;
        }
    }
}
