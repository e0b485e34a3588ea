using System.Net;
using System.Net.Sockets;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Probes.Grains;

namespace Probes.Hosting;

/// <summary>The one place that decides how a Probes silo clusters and where its grain state and reminders live.</summary>
public static class SiloConfiguration
{
    public static ISiloBuilder UseProbes(this ISiloBuilder silo, ProbesHostOptions options)
    {
        switch (options.Cluster)
        {
            case ClusterMode.Embedded:
                // Free ports, not 11111/30000: other processes on a shared machine may hold the defaults.
                silo.UseLocalhostClustering(FreeLoopbackPort(), FreeLoopbackPort(), serviceId: options.ServiceId, clusterId: options.ClusterId)
                    .AddMemoryGrainStorage(GrainStorage.Name)
                    .UseInMemoryReminderService();
                break;
            case ClusterMode.Azure:
                var connection = options.ClusterConnectionString
                    ?? throw new InvalidOperationException("Probes:ClusterConnectionString is required when Probes:Cluster is Azure");
                // Advertise this host's own address (the pod or container IP), listen on all interfaces.
                silo.ConfigureEndpoints(options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true)
                    .Configure<ClusterOptions>(o => { o.ClusterId = options.ClusterId; o.ServiceId = options.ServiceId; })
                    .UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(connection))
                    .AddAzureBlobGrainStorage(GrainStorage.Name, o => o.BlobServiceClient = new BlobServiceClient(connection))
                    .UseAzureTableReminderService(o => o.TableServiceClient = new TableServiceClient(connection));
                break;
        }
        return silo;
    }

    public static ProbesHostOptions ReadProbesOptions(this IConfiguration configuration) =>
        configuration.GetSection(ProbesHostOptions.Section).Get<ProbesHostOptions>() ?? new ProbesHostOptions();

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
