using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Probes.Connectors.OpenAICompatible;
using Probes.Connectors.Simulated;
using Probes.Core.Specs;
using Probes.Testing;

namespace Probes.Connectors.Tests;

public sealed class ModelClientFactoryTests
{
    [Theory]
    [InlineData("openai")]
    [InlineData("OpenAI")]
    [InlineData("simulated")]
    [InlineData("replay")]
    public void Known_providers_are_accepted_in_any_case(string provider)
    {
        Assert.Contains(provider, KnownProviders.All);
    }

    [Fact]
    public void The_factory_picks_the_client_by_provider_name()
    {
        using var host = ConnectorTestHost.Create();

        Assert.IsType<SimulatedModelClient>(host.Factory.Create(ConnectorTestHost.Target("Simulated", "sim-alpha")));
        Assert.IsNotType<SimulatedModelClient>(host.Factory.Create(ConnectorTestHost.Target("openai", "m", "http://127.0.0.1:9/v1")));
    }

    [Fact]
    public void An_unknown_provider_is_an_error_that_lists_the_known_ones()
    {
        using var host = ConnectorTestHost.Create();

        var error = Assert.Throws<ArgumentException>(() => host.Factory.Create(ConnectorTestHost.Target("carrier-pigeon", "m")));

        Assert.Contains("carrier-pigeon", error.Message, StringComparison.Ordinal);
        Assert.Contains("openai", error.Message, StringComparison.Ordinal);
        Assert.Contains("simulated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_bind_from_configuration()
    {
        using var host = ConnectorTestHost.Create(new Dictionary<string, string?>
        {
            ["Probes:ModelClient:MaxRetryAttempts"] = "6",
            ["Probes:ModelClient:TotalTimeout"] = "00:02:00",
            ["Probes:Simulated:Latency"] = "00:00:00.020",
        });

        var modelClient = host.Get<IOptions<ModelClientOptions>>().Value;
        Assert.Equal(6, modelClient.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromMinutes(2), modelClient.TotalTimeout);
        Assert.Equal(TimeSpan.FromMilliseconds(20), host.Get<IOptions<SimulatedOptions>>().Value.Latency);
    }

    [Fact]
    public void Inconsistent_timeouts_are_rejected()
    {
        using var host = ConnectorTestHost.Create(new Dictionary<string, string?>
        {
            ["Probes:ModelClient:AttemptTimeout"] = "00:01:00",
            ["Probes:ModelClient:TotalTimeout"] = "00:00:30",
        });

        var error = Assert.Throws<OptionsValidationException>(() => host.Get<IOptions<ModelClientOptions>>().Value);
        Assert.Contains("ModelClient", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registering_twice_keeps_a_single_retry_layer()
    {
        await using var server = await LoopbackChatServer.StartAsync(ChatServerScripts.AlwaysFail(503));
        var services = new ServiceCollection();
        services.AddProbesConnectors(ConnectorTestHost.FastSettings());
        services.AddProbesConnectors(ConnectorTestHost.FastSettings());
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IModelClientFactory>();
        var client = factory.Create(ConnectorTestHost.Target(KnownProviders.OpenAI, "m", server.ApiBaseUrl));

        var reply = await client.CompleteAsync(new ModelCall("Hi.", SamplingSettings.Default, 1), CancellationToken.None);

        Assert.Equal(3, reply.Attempts);
        Assert.Equal(3, server.RequestCount);
    }
}
