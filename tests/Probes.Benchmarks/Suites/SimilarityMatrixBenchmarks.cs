using BenchmarkDotNet.Attributes;
using Probes.Benchmarks.Corpus;
using Probes.Core.Comparison;
using Probes.Core.Fingerprints;

namespace Probes.Benchmarks.Suites;

/// <summary>
/// The all-pairs matrix over a population of distinct targets (N·(N+1)/2 comparisons, the diagonal included).
/// The population is folded in setup, outside the measurement. Not sealed: BenchmarkDotNet derives its runner from this class.
/// </summary>
[MemoryDiagnoser]
public class SimilarityMatrixBenchmarks
{
    public const int RecordsEach = 20;

    private Fingerprint[] _population = [];

    [Params(100, 1_000)]
    public int Fingerprints { get; set; }

    [GlobalSetup]
    public void FoldPopulation() => _population = SyntheticFingerprints.Population(Fingerprints, RecordsEach);

    [Benchmark]
    public SimilarityMatrix Build() => SimilarityMatrix.Build(_population);
}
