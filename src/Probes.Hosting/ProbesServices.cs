using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Probes.Connectors;
using Probes.Core.Rates;
using Probes.Storage;

namespace Probes.Hosting;

/// <summary>Everything grains need besides Orleans itself: the clock, the store, the model clients, their retry bounds and the targets' circuit.</summary>
public static class ProbesServices
{
    public static IServiceCollection AddProbesRuntime(this IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IBlobStore>(_ => BlobStoreFactory.Create(storage));
        services.AddSingleton<ProbeStore>();
        services.AddProbesConnectors(configuration);
        services.AddOptions<RetryOptions>()
            .Bind(configuration.GetSection(RetryOptions.SectionName))
            .Validate(options => options.Problem() is null, "Invalid Probes:Retry options (see RetryOptions.Problem).")
            .ValidateOnStart();
        services.AddOptions<CircuitOptions>()
            .Bind(configuration.GetSection(CircuitOptions.SectionName))
            .Validate(options => options.Problem() is null, "Invalid Probes:Circuit options (see CircuitOptions.Problem).")
            .ValidateOnStart();
        return services;
    }
}
