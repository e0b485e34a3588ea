using System.Collections.Concurrent;
using Probes.Core.Datasets;

namespace Probes.Connectors.Replay;

/// <summary>
/// One dataset folder ready to answer calls: the prompt id behind each call, and each model's responses by prompt id,
/// each model read from disk once, on its first use, whichever target asks first. Thread-safe.
/// </summary>
public sealed class ReplayRecording
{
    // Null for a text that more than one prompt shares: only the call's probe id can say which one it is.
    private readonly Dictionary<string, string?> _promptIdByText = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyDictionary<string, string?>>> _responsesByModel =
        new(StringComparer.Ordinal);

    public ReplayRecording(RecordedDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        Dataset = dataset;
        foreach (var prompt in dataset.Prompts)
        {
            _promptIdByText[prompt.Prompt] = _promptIdByText.ContainsKey(prompt.Prompt) ? null : prompt.PromptId;
        }
    }

    public RecordedDataset Dataset { get; }

    /// <summary>
    /// The recorded prompt a call asks for: the call's probe id when it names a prompt with exactly this text (a
    /// dataset's probes are its prompt ids), otherwise the only prompt with this text; null when there is none, or
    /// when several share the text and the probe id does not say which.
    /// </summary>
    public string? PromptIdOf(string promptText, string? probeId = null) =>
        probeId is not null && Dataset.PromptById(probeId)?.Prompt == promptText
            ? probeId
            : _promptIdByText.GetValueOrDefault(promptText);

    /// <summary><paramref name="model"/>'s responses by prompt id; a prompt the model has no line for is absent.</summary>
    public IReadOnlyDictionary<string, string?> ResponsesOf(string model)
    {
        var entry = _responsesByModel.GetOrAdd(model, name => new Lazy<IReadOnlyDictionary<string, string?>>(
            () => Dataset.ReadResponses(name).ToDictionary(r => r.PromptId, r => r.Response, StringComparer.Ordinal)));
        try
        {
            return entry.Value;
        }
        catch
        {
            // A failed read is not cached: the next target to ask reads the file again (it may have been fixed).
            _responsesByModel.TryRemove(KeyValuePair.Create(model, entry));
            throw;
        }
    }
}
