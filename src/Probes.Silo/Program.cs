using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Probes.Hosting;
using Probes.Storage;

// A silo for a real cluster: configuration from appsettings.json and the environment (Probes__Cluster=Azure,
// Probes__ClusterConnectionString=…, Storage__Kind=azure, Storage__ConnectionString=…).
var builder = Host.CreateApplicationBuilder(args);
var options = builder.Configuration.ReadProbesOptions();
var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
builder.Services.AddSingleton(options);
builder.Services.AddProbesRuntime(builder.Configuration, storage);
builder.UseOrleans(silo => silo.UseProbes(options));
builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
await builder.Build().RunAsync();
