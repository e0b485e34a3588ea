using Probes.Core.Records;

namespace Probes.Connectors.Simulated;

/// <summary>Serves one simulated model through the same <see cref="IModelClient"/> contract as a real API.</summary>
public sealed class SimulatedModelClient(SimulatedModel model, SimulatedOptions options, TimeProvider timeProvider)
    : IModelClient
{
    public async Task<ModelReply> CompleteAsync(ModelCall call, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        if (options.Latency > TimeSpan.Zero)
        {
            await Task.Delay(options.Latency, timeProvider, cancellationToken).ConfigureAwait(false);
        }
        cancellationToken.ThrowIfCancellationRequested();
        var completion = model.Complete(call.Prompt, call.Sampling, call.Seed);
        return new ModelReply
        {
            Text = completion.Text,
            FinishReason = completion.FinishReason,
            PromptTokens = completion.PromptTokens,
            CompletionTokens = completion.CompletionTokens,
            ReturnedModel = model.ReturnedName,
            SystemFingerprint = model.SystemFingerprint,
            Latency = timeProvider.GetElapsedTime(started),
            Attempts = 1,
            Error = completion.Text.Length == 0 ? new RecordError("empty", null, "The simulated model produced no text.") : null,
        };
    }
}
