using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Probes.Connectors.Anthropic;
using Probes.Connectors.Gemini;
using Probes.Connectors.OpenAICompatible;
using Probes.Core.Specs;

namespace Probes.Connectors.Http;

/// <summary>
/// Builds clients for the providers spoken over plain HTTP: <c>anthropic</c> (the Messages API) and <c>gemini</c>
/// (generateContent). Only the wire format differs between them; the call, its deadline and its error mapping are
/// <see cref="WireModelClient"/>'s, over the shared model-API HttpClient.
/// </summary>
public sealed class NativeProviders(
    IHttpClientFactory httpClientFactory,
    IOptions<ModelClientOptions> options,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory)
{
    public IModelClient Anthropic(TargetSpec target) =>
        Create(target, apiKey => new AnthropicWire(EndpointAddress.BaseOf(target, AnthropicWire.DefaultBaseUrl), target.Model, apiKey));

    public IModelClient Gemini(TargetSpec target) =>
        Create(target, apiKey => new GeminiWire(EndpointAddress.BaseOf(target, GeminiWire.DefaultBaseUrl), target.Model, apiKey));

    private WireModelClient Create(TargetSpec target, Func<string, IChatWire> wireFor)
    {
        var apiKey = ApiKeySource.Resolve(target);
        return new WireModelClient(wireFor(apiKey), httpClientFactory.CreateClient(ModelClientOptions.HttpClientName), target, apiKey,
            options.Value.AttemptTimeout, timeProvider, loggerFactory.CreateLogger<WireModelClient>());
    }
}
