using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using ChatCompletion = OpenAI.Chat.ChatCompletion;
using Probes.Core.Specs;

namespace Probes.Connectors.OpenAICompatible;

/// <summary>
/// One target behind an OpenAI-compatible chat-completions API. Retries live in the HttpClient's resilience
/// pipeline; this class maps the outcome onto a <see cref="ModelReply"/> and never throws for provider faults.
/// </summary>
internal sealed partial class OpenAICompatibleClient(
    IChatClient chatClient,
    TargetSpec target,
    bool sendLegacyMaxTokens,
    string apiKey,
    TimeProvider timeProvider,
    ILogger<OpenAICompatibleClient> logger) : IModelClient
{
    public async Task<ModelReply> CompleteAsync(ModelCall call, CancellationToken cancellationToken)
    {
        var tally = AttemptTally.Begin();
        var started = timeProvider.GetTimestamp();
        try
        {
            var response = await chatClient
                .GetResponseAsync(Messages(call), ChatRequestOptions.For(call, sendLegacyMaxTokens), cancellationToken)
                .ConfigureAwait(false);
            return Map(response, Math.Max(1, tally.Count), timeProvider.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            var error = ProviderFailure.Classify(exception, apiKey);
            var attempts = Math.Max(1, tally.Count);
            LogFailure(logger, target.Id, target.Model, error.Kind, error.Status, attempts);
            return new ModelReply { Latency = timeProvider.GetElapsedTime(started), Attempts = attempts, Error = error };
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

    private ModelReply Map(ChatResponse response, int attempts, TimeSpan latency)
    {
        var text = response.Text;
        var finishReason = response.FinishReason?.Value;
        var reply = new ModelReply
        {
            Text = text,
            FinishReason = finishReason,
            PromptTokens = ToInt(response.Usage?.InputTokenCount),
            CompletionTokens = ToInt(response.Usage?.OutputTokenCount),
            ReturnedModel = response.ModelId,
            SystemFingerprint = (response.RawRepresentation as ChatCompletion)?.SystemFingerprint,
            Latency = latency,
            Attempts = attempts,
        };
        if (!string.IsNullOrEmpty(text))
        {
            return reply;
        }
        var error = ProviderFailure.Empty(finishReason);
        LogFailure(logger, target.Id, target.Model, error.Kind, error.Status, attempts);
        return reply with { Error = error };
    }

    private static int? ToInt(long? count) => count is null ? null : (int)Math.Min(count.Value, int.MaxValue);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Call to target {TargetId} (model {Model}) failed: {ErrorKind} status {Status} after {Attempts} attempts")]
    private static partial void LogFailure(ILogger logger, string targetId, string model, string errorKind, int? status,
        int attempts);
}
