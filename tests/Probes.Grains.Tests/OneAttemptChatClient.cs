using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Probes.Connectors;
using Probes.Core.Rates;
using Probes.Core.Records;
using Probes.Core.Specs;

namespace Probes.Grains.Tests;

/// <summary>
/// A chat-completions client that makes exactly one HTTP attempt and reports Retry-After, so retry tests see the
/// shard executor's retries alone, whatever retry policy the production HttpClient pipeline carries.
/// </summary>
internal sealed class OneAttemptChatClient(HttpClient http, TargetSpec target, TimeProvider time) : IModelClient
{
    public async Task<ModelReply> CompleteAsync(ModelCall call, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var request = new JsonObject
        {
            ["model"] = target.Model,
            ["max_tokens"] = call.Sampling.MaxTokens,
            ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = call.Prompt }),
        };
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsJsonAsync(new Uri($"{target.BaseUrl!.TrimEnd('/')}/chat/completions"), request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            return new ModelReply { Error = new RecordError(ErrorKinds.Connection, null, ex.Message), Latency = time.GetElapsedTime(started) };
        }
        using (response)
        {
            var signal = response.Headers.RetryAfter?.Delta is { } delta ? new RateSignal { RetryAfter = delta } : RateSignal.None;
            if (!response.IsSuccessStatusCode)
            {
                var status = (int)response.StatusCode;
                var kind = response.StatusCode == HttpStatusCode.TooManyRequests ? ErrorKinds.RateLimited : ErrorKinds.Http;
                return new ModelReply { Error = new RecordError(kind, status, $"status {status}"), Rate = signal, Latency = time.GetElapsedTime(started) };
            }
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
            return new ModelReply
            {
                Text = body["choices"]![0]!["message"]!["content"]!.GetValue<string>(),
                FinishReason = body["choices"]![0]!["finish_reason"]?.GetValue<string>(),
                PromptTokens = body["usage"]?["prompt_tokens"]?.GetValue<int>(),
                CompletionTokens = body["usage"]?["completion_tokens"]?.GetValue<int>(),
                ReturnedModel = body["model"]?.GetValue<string>(),
                Latency = time.GetElapsedTime(started),
                Rate = signal,
            };
        }
    }
}

/// <summary>Serves targets of provider <see cref="Provider"/> with <see cref="OneAttemptChatClient"/>, every other target as usual.</summary>
internal sealed class OneAttemptClientFactory(ModelClientFactory standard, TimeProvider time) : IModelClientFactory, IDisposable
{
    public const string Provider = "one-attempt";

    private readonly HttpClient _http = new();

    public IModelClient Create(TargetSpec target) =>
        target.Provider == Provider ? new OneAttemptChatClient(_http, target, time) : standard.Create(target);

    public void Dispose() => _http.Dispose();
}
