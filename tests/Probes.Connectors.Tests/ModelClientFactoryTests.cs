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
    [InlineData("anthropic")]
    [InlineData("Gemini")]
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

    [Theory]
    [InlineData(KnownProviders.Anthropic)]
    [InlineData(KnownProviders.Gemini)]
    public void Native_providers_build_without_a_base_url(string provider)
    {
        using var host = ConnectorTestHost.Create();

        Assert.NotNull(host.Factory.Create(ConnectorTestHost.Target(provider, "m")));
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
            ["Probes:ModelClient:AttemptTimeout"] = "00:02:00",
            ["Probes:Simulated:Latency"] = "00:00:00.020",
        });

        Assert.Equal(TimeSpan.FromMinutes(2), host.Get<IOptions<ModelClientOptions>>().Value.AttemptTimeout);
        Assert.Equal(TimeSpan.FromMilliseconds(20), host.Get<IOptions<SimulatedOptions>>().Value.Latency);
    }

    [Fact]
    public void The_model_api_http_client_leaves_timing_to_the_attempt_deadline()
    {
        using var host = ConnectorTestHost.Create(new Dictionary<string, string?> { ["Probes:ModelClient:AttemptTimeout"] = "00:05:00" });

        var http = host.Get<IHttpClientFactory>().CreateClient(ModelClientOptions.HttpClientName);

        // HttpClient's own 100 s default would otherwise end a long generation before its 5-minute attempt timeout.
        Assert.Equal(Timeout.InfiniteTimeSpan, http.Timeout);
    }

    [Fact]
    public void A_too_short_attempt_timeout_is_rejected()
    {
        using var host = ConnectorTestHost.Create(new Dictionary<string, string?>
        {
            ["Probes:ModelClient:AttemptTimeout"] = "00:00:00.001",
        });

        var error = Assert.Throws<OptionsValidationException>(() => host.Get<IOptions<ModelClientOptions>>().Value);
        Assert.Contains("ModelClient", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(KnownProviders.OpenAI, 503)]
    [InlineData(KnownProviders.OpenAI, 429)]
    [InlineData(KnownProviders.Anthropic, 503)]
    [InlineData(KnownProviders.Gemini, 429)]
    public async Task Registering_twice_still_makes_exactly_one_attempt(string providerName, int status)
    {
        await using var server = await LoopbackChatServer.StartAsync(FaultScript.Always(ServerFaults.Status(status)));
        var services = new ServiceCollection();
        services.AddProbesConnectors(ConnectorTestHost.FastSettings());
        services.AddProbesConnectors(ConnectorTestHost.FastSettings());
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IModelClientFactory>();
        var client = factory.Create(ConnectorTestHost.Target(providerName, "m", ConnectorTestHost.BaseUrlFor(providerName, server)));

        var reply = await client.CompleteAsync(new ModelCall("Hi.", SamplingSettings.Default, 1), CancellationToken.None);

        Assert.Equal(status, reply.Error?.Status);
        Assert.Equal(1, reply.Attempts);
        Assert.Equal(1, server.RequestCount);
    }
}
