using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Probes.Connectors;
using Probes.Storage;

namespace Probes.Hosting;

/// <summary>Everything grains need besides Orleans itself: the clock, the store, and the model clients.</summary>
public static class ProbesServices
{
    public static IServiceCollection AddProbesRuntime(this IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IBlobStore>(_ => BlobStoreFactory.Create(storage));
        services.AddSingleton<ProbeStore>();
        services.AddProbesConnectors(configuration);
        return services;
    }
}
