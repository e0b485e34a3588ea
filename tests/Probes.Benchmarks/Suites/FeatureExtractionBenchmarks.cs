using BenchmarkDotNet.Attributes;
using Probes.Benchmarks.Corpus;
using Probes.Core.Fingerprints;
using Probes.Core.Records;
using Probes.Core.Text;

namespace Probes.Benchmarks.Suites;

/// <summary>
/// One operation is one pass over the standard corpus (all records, a few MB of reply text), so the mean is
/// the time per corpus and <see cref="MegabytesPerSecondColumn"/> turns it into MB/s.
/// Not sealed: BenchmarkDotNet derives its runner from this class.
/// </summary>
[MemoryDiagnoser]
public class FeatureExtractionBenchmarks
{
    private IReadOnlyList<ProbeRecord> _records = [];

    [GlobalSetup]
    public void LoadCorpus() => _records = ResponseCorpus.Standard.Records;

    /// <summary>Everything a fingerprint grain does per record: normalise, tokenise, update every family.</summary>
    [Benchmark]
    public long FoldIntoFingerprint()
    {
        var fingerprint = new Fingerprint(ResponseCorpus.KeyFor("benchmark"));
        foreach (var record in _records) fingerprint.Add(record);
        return fingerprint.RecordCount;
    }

    /// <summary>The shared front end alone; the difference to folding is the cost of the families.</summary>
    [Benchmark]
    public ulong NormalizeAndTokenize()
    {
        var checksum = 0UL;
        foreach (var record in _records)
        {
            var text = TextNormalizer.Normalize(record.Response);
            foreach (var word in WordTokenizer.Tokenize(text)) checksum += word.Hash;
        }
        return checksum;
    }
}
