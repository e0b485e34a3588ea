using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Probes.Connectors.Http;
using Probes.Connectors.Rates;
using Probes.Core.Records;
using Probes.Core.Specs;
using ChatCompletion = OpenAI.Chat.ChatCompletion;

namespace Probes.Connectors.OpenAICompatible;

/// <summary>
/// One target behind an OpenAI-compatible chat-completions API. Each call is one HTTP attempt bounded by the
/// attempt deadline; the outcome, with the response's rate headers, maps onto a <see cref="ModelReply"/>, and
/// only the caller's own cancellation throws.
/// </summary>
internal sealed class OpenAICompatibleClient(
    IChatClient chatClient,
    TargetSpec target,
    bool sendLegacyMaxTokens,
    string apiKey,
    TimeSpan attemptTimeout,
    TimeProvider timeProvider,
    ILogger<OpenAICompatibleClient> logger) : IModelClient
{
    public async Task<ModelReply> CompleteAsync(ModelCall call, CancellationToken cancellationToken)
    {
        var capture = ResponseRateCapture.Begin(RateHeaderDialect.OpenAI, timeProvider);
        var started = timeProvider.GetTimestamp();
        using var deadline = new AttemptDeadline(attemptTimeout, timeProvider, cancellationToken);
        try
        {
            var response = await chatClient
                .GetResponseAsync(Messages(call), ChatRequestOptions.For(call, sendLegacyMaxTokens), deadline.Token)
                .ConfigureAwait(false);
            return logger.Logged(target, Map(response) with { Latency = timeProvider.GetElapsedTime(started), Rate = capture.Rate });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            var error = OpenAIFailure.Classify(exception, capture.Status, deadline, apiKey);
            return logger.Logged(target, new ModelReply { Latency = timeProvider.GetElapsedTime(started), Error = error, Rate = capture.Rate });
        }
    }

    private static List<ChatMessage> Messages(ModelCall call)
    {
        var messages = new List<ChatMessage>(2);
        if (!string.IsNullOrEmpty(call.Sampling.SystemPrompt))
        {
            messages.Add(new ChatMessage(ChatRole.System, call.Sampling.SystemPrompt));
        }
        messages.Add(new ChatMessage(ChatRole.User, call.Prompt));
        return messages;
    }

    private static ModelReply Map(ChatResponse response)
    {
        var text = response.Text;
        var finishReason = response.FinishReason?.Value;
        var reply = new ModelReply
        {
            Text = string.IsNullOrEmpty(text) ? null : text,
            FinishReason = finishReason,
            PromptTokens = ToInt(response.Usage?.InputTokenCount),
            CompletionTokens = ToInt(response.Usage?.OutputTokenCount),
            ReturnedModel = response.ModelId,
            SystemFingerprint = (response.RawRepresentation as ChatCompletion)?.SystemFingerprint,
            ResponseId = response.ResponseId,
        };
        return string.IsNullOrEmpty(text)
            ? reply with { Error = ProviderErrors.Empty($"finish reason {finishReason ?? "none"}") }
            : reply;
    }

    private static int? ToInt(long? count) => count is null ? null : (int)Math.Min(count.Value, int.MaxValue);
}
