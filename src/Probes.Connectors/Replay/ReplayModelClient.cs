using Probes.Core.Records;

namespace Probes.Connectors.Replay;

/// <summary>
/// Serves one model's recorded responses through the same <see cref="IModelClient"/> contract as a live API, so a
/// recording goes through the same records and fingerprints. The call's prompt text finds the recording; decoding
/// settings and seeds are ignored (the recording was sampled once, under the model's own settings). No usage is
/// reported, since none was recorded, and latency is zero.
/// </summary>
public sealed class ReplayModelClient : IModelClient
{
    public const string NotRecordedKind = "not_recorded";
    public const string EmptyKind = "empty";

    private readonly ReplayRecording _recording;
    private readonly string _model;
    private readonly IReadOnlyDictionary<string, string?> _responses;

    public ReplayModelClient(ReplayRecording recording, string model)
    {
        ArgumentNullException.ThrowIfNull(recording);
        _recording = recording;
        _model = model;
        _responses = recording.ResponsesOf(model);
    }

    public Task<ModelReply> CompleteAsync(ModelCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Answer(call.Prompt, call.ProbeId));
    }

    private ModelReply Answer(string prompt, string? probeId)
    {
        var reply = new ModelReply { ReturnedModel = _model, Latency = TimeSpan.Zero, Attempts = 1 };
        if (_recording.PromptIdOf(prompt, probeId) is not { } promptId)
        {
            return reply with
            {
                Error = new RecordError(NotRecordedKind, null,
                    $"Dataset '{_recording.Dataset.Name}' has no prompt with this text, or several and the call names none of them; a replay answers only recorded prompts."),
            };
        }
        var text = _responses.GetValueOrDefault(promptId);
        // A live endpoint that returns no text gives an 'empty' error; a recording without an answer is the same fact.
        return string.IsNullOrEmpty(text)
            ? reply with
            {
                Text = text,
                Error = new RecordError(EmptyKind, null, $"Model '{_model}' has no recorded response to prompt '{promptId}'."),
            }
            : reply with { Text = text };
    }
}
