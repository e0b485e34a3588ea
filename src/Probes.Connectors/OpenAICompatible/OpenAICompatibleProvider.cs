using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI;
using OpenAI.Chat;
using Probes.Connectors.Http;
using Probes.Core.Specs;

namespace Probes.Connectors.OpenAICompatible;

/// <summary>
/// Builds clients for the <c>openai</c> provider: OpenAI itself and every server that speaks its chat-completions
/// API (DeepSeek, vLLM, Ollama, OpenRouter). The SDK's own retries are off and the HttpClient pipeline has none:
/// one call is one attempt, and the shard's executor decides about the next one.
/// </summary>
public sealed class OpenAICompatibleProvider(
    IHttpClientFactory httpClientFactory,
    IOptions<ModelClientOptions> options,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory)
{
    public static readonly Uri DefaultBaseUrl = new("https://api.openai.com/v1");

    /// <summary>Sent when a target names no key variable: local servers (vLLM, Ollama) accept any key; this is no secret.</summary>
    public const string PlaceholderApiKey = ApiKeySource.Placeholder;

    public IModelClient Create(TargetSpec target)
    {
        var baseUrl = EndpointAddress.BaseOf(target, DefaultBaseUrl);
        var apiKey = ApiKeySource.Resolve(target);
        var attemptTimeout = options.Value.AttemptTimeout;
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = baseUrl,
            Transport = new HttpClientPipelineTransport(httpClientFactory.CreateClient(ModelClientOptions.HttpClientName)),
            RetryPolicy = new ClientRetryPolicy(0),
            // The attempt deadline must fire first, so its timeout is the one reported.
            NetworkTimeout = attemptTimeout + TimeSpan.FromSeconds(30),
        };
        var chatClient = new ChatClient(target.Model, new ApiKeyCredential(apiKey), clientOptions).AsIChatClient();
        var sendLegacyMaxTokens = !baseUrl.Host.Equals(DefaultBaseUrl.Host, StringComparison.OrdinalIgnoreCase);
        return new OpenAICompatibleClient(chatClient, target, sendLegacyMaxTokens, apiKey, attemptTimeout, timeProvider,
            loggerFactory.CreateLogger<OpenAICompatibleClient>());
    }
}
