using System.Collections.Concurrent;
using Probes.Core.Datasets;

namespace Probes.Connectors.Replay;

/// <summary>
/// The datasets this process replays, opened once per folder however many targets (and shards) replay it.
/// Registered as a singleton; thread-safe.
/// </summary>
public sealed class ReplayRecordings
{
    private readonly ConcurrentDictionary<string, Lazy<ReplayRecording>> _byFolder = new(StringComparer.Ordinal);

    public ReplayRecording Get(string folder)
    {
        var key = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var entry = _byFolder.GetOrAdd(key, path => new Lazy<ReplayRecording>(() => new ReplayRecording(RecordedDataset.Open(path))));
        try
        {
            return entry.Value;
        }
        catch
        {
            // Not cached: a dataset that failed to open is opened again by the next target that asks.
            _byFolder.TryRemove(KeyValuePair.Create(key, entry));
            throw;
        }
    }
}
