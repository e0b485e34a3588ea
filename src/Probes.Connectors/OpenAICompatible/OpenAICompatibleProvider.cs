using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI;
using OpenAI.Chat;
using Probes.Core.Specs;

namespace Probes.Connectors.OpenAICompatible;

/// <summary>
/// Builds clients for the <c>openai</c> provider: OpenAI itself and every server that speaks its chat-completions
/// API (DeepSeek, vLLM, Ollama, OpenRouter). The SDK's own retries are off: the HttpClient's resilience pipeline
/// is the only retry layer, so attempt counts and Retry-After handling have one owner.
/// </summary>
public sealed class OpenAICompatibleProvider(
    IHttpClientFactory httpClientFactory,
    IOptions<ModelClientOptions> options,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory)
{
    public static readonly Uri DefaultBaseUrl = new("https://api.openai.com/v1");

    /// <summary>Sent when a target names no key variable: local servers (vLLM, Ollama) accept any key; this is no secret.</summary>
    public const string PlaceholderApiKey = "probes-no-key";

    public IModelClient Create(TargetSpec target)
    {
        var baseUrl = string.IsNullOrWhiteSpace(target.BaseUrl) ? DefaultBaseUrl : new Uri(target.BaseUrl);
        var apiKey = ApiKeySource.Resolve(target);
        var httpClient = httpClientFactory.CreateClient(ModelClientOptions.HttpClientName);
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = baseUrl,
            Transport = new HttpClientPipelineTransport(httpClient),
            RetryPolicy = new ClientRetryPolicy(0),
            // The resilience pipeline's total timeout must fire first, so its error is the one reported.
            NetworkTimeout = options.Value.TotalTimeout + TimeSpan.FromSeconds(30),
        };
        var chatClient = new ChatClient(target.Model, new ApiKeyCredential(apiKey), clientOptions).AsIChatClient();
        var sendLegacyMaxTokens = !baseUrl.Host.Equals(DefaultBaseUrl.Host, StringComparison.OrdinalIgnoreCase);
        return new OpenAICompatibleClient(chatClient, target, sendLegacyMaxTokens, apiKey, timeProvider,
            loggerFactory.CreateLogger<OpenAICompatibleClient>());
    }
}
