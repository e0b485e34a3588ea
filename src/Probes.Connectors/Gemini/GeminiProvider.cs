using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Probes.Connectors.Http;
using Probes.Connectors.OpenAICompatible;
using Probes.Core.Specs;

namespace Probes.Connectors.Gemini;

/// <summary>Builds clients for the <c>gemini</c> provider: generateContent, called over the shared model-API HttpClient.</summary>
public sealed class GeminiProvider(
    IHttpClientFactory httpClientFactory,
    IOptions<ModelClientOptions> options,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory)
{
    public static readonly Uri DefaultBaseUrl = new("https://generativelanguage.googleapis.com");

    public IModelClient Create(TargetSpec target)
    {
        var apiKey = ApiKeySource.Resolve(target);
        var wire = new GeminiWire(EndpointAddress.BaseOf(target, DefaultBaseUrl), target.Model, apiKey);
        return new WireModelClient(wire, httpClientFactory.CreateClient(ModelClientOptions.HttpClientName), target, apiKey,
            options.Value.AttemptTimeout, timeProvider, loggerFactory.CreateLogger<WireModelClient>());
    }
}
