using System.Collections.Concurrent;
using Probes.Core.Datasets;

namespace Probes.Connectors.Replay;

/// <summary>
/// One dataset folder ready to answer calls: the prompt id of every prompt text, and each model's responses by
/// prompt id, each model read from disk once, on its first use, whichever target asks first. Thread-safe.
/// </summary>
public sealed class ReplayRecording
{
    private readonly Dictionary<string, string> _promptIdByText;
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyDictionary<string, string?>>> _responsesByModel =
        new(StringComparer.Ordinal);

    public ReplayRecording(RecordedDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        Dataset = dataset;
        // Prompt texts are unique in a dataset (RecordedDataset checks), so the text alone finds the recording.
        _promptIdByText = dataset.Prompts.ToDictionary(p => p.Prompt, p => p.PromptId, StringComparer.Ordinal);
    }

    public RecordedDataset Dataset { get; }

    public string? PromptIdOf(string promptText) => _promptIdByText.GetValueOrDefault(promptText);

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
