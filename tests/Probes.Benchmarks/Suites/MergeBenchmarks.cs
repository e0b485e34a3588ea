using BenchmarkDotNet.Attributes;
using Probes.Benchmarks.Corpus;
using Probes.Core.Fingerprints;

namespace Probes.Benchmarks.Suites;

/// <summary>
/// Merging as the fingerprint grains do it. Merge mutates its target, so the two-large case merges into a
/// fresh copy; <see cref="CopyLarge"/> measures that copy alone (itself a merge into an empty fingerprint).
/// Not sealed: BenchmarkDotNet derives its runner from this class.
/// </summary>
[MemoryDiagnoser]
public class MergeBenchmarks
{
    public const string Model = "sim-teacher";
    public const int Batches = 1_000;
    public const int RecordsPerBatch = 50;
    public const int LargeRecords = 25_000;

    private Fingerprint[] _deltas = [];
    private Fingerprint _firstHalf = null!;
    private Fingerprint _secondHalf = null!;

    [GlobalSetup]
    public void FoldInputs()
    {
        _deltas = SyntheticFingerprints.BatchDeltas(Model, Batches, RecordsPerBatch);
        _firstHalf = SyntheticFingerprints.Campaign(Model, 0, LargeRecords);
        _secondHalf = SyntheticFingerprints.Campaign(Model, LargeRecords, LargeRecords);
    }

    /// <summary>A campaign's 1,000 batch deltas of 50 records each folded into one fingerprint.</summary>
    [Benchmark]
    public long MergeBatchDeltas()
    {
        var total = new Fingerprint(ResponseCorpus.KeyFor(Model));
        foreach (var delta in _deltas) total.Merge(delta);
        return total.RecordCount;
    }

    [Benchmark]
    public long CopyLarge() => _firstHalf.Clone().RecordCount;

    /// <summary>Two halves of one campaign (25,000 records each, e.g. two shards' snapshots) into one.</summary>
    [Benchmark]
    public long MergeTwoLarge()
    {
        var merged = _firstHalf.Clone();
        merged.Merge(_secondHalf);
        return merged.RecordCount;
    }
}
