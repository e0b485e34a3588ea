using System.Diagnostics;
using System.Globalization;
using Probes.Benchmarks.Corpus;
using Probes.Benchmarks.Suites;

namespace Probes.Benchmarks.Quick;

/// <summary>
/// Every suite's main figure in about a minute, timed with a stopwatch instead of BenchmarkDotNet's statistics:
/// the same operations on the same inputs, a warm-up each, and the median of a few runs. Good for spotting a
/// regression of tens of percent; use the BenchmarkDotNet suites for anything finer.
/// </summary>
public sealed class QuickSuite(TextWriter output)
{
    private readonly Dictionary<string, double> _metrics = [];

    public void Run()
    {
        var started = Stopwatch.GetTimestamp();
        var corpus = Timed("corpus", () => ResponseCorpus.Standard);
        output.WriteLine($"  {corpus.Records.Count:N0} records, {corpus.Utf8Bytes / 1e6:F2} MB UTF-8 response text");
        MeasureFeatures(corpus);
        MeasureMerges();
        MeasureMatrices();
        Summarise(started);
    }

    /// <summary>Only the two feature figures, for work on folding alone.</summary>
    public void RunFeatures()
    {
        var started = Stopwatch.GetTimestamp();
        var corpus = Timed("corpus", () => ResponseCorpus.Standard);
        MeasureFeatures(corpus);
        Summarise(started);
    }

    /// <summary>Only the two matrix figures, for work on comparison alone.</summary>
    public void RunMatrices()
    {
        var started = Stopwatch.GetTimestamp();
        MeasureMatrices();
        Summarise(started);
    }

    private void Summarise(long started)
    {
        output.WriteLine($"total {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s on {Environment.ProcessorCount} cores, {Environment.Version}");
        output.WriteLine(string.Join(' ', _metrics.Select(metric =>
            $"{metric.Key}={metric.Value.ToString("0.###", CultureInfo.InvariantCulture)}")));
    }

    private void MeasureFeatures(ResponseCorpus corpus)
    {
        var features = new FeatureExtractionBenchmarks();
        features.LoadCorpus();
        var fold = Measurement.Median(Measurement.UntilSteady(() => features.FoldIntoFingerprint(), 8, TimeSpan.FromSeconds(2)),
            () => features.FoldIntoFingerprint(), 5);
        Report("features: fold corpus into a fingerprint", fold, corpus.Utf8Bytes);
        _metrics["features_mb_per_s"] = fold.MegabytesPerSecond(corpus.Utf8Bytes);
        var tokenize = Measurement.Median(Measurement.UntilSteady(() => features.NormalizeAndTokenize(), 8, TimeSpan.FromSeconds(1)),
            () => features.NormalizeAndTokenize(), 5);
        Report("features: normalise + tokenise only", tokenize, corpus.Utf8Bytes);
        _metrics["tokenize_mb_per_s"] = tokenize.MegabytesPerSecond(corpus.Utf8Bytes);
    }

    private void MeasureMerges()
    {
        var merges = Timed("merge inputs", () =>
        {
            var benchmarks = new MergeBenchmarks();
            benchmarks.FoldInputs();
            return benchmarks;
        });
        var deltas = Measurement.Median(() => merges.MergeBatchDeltas(), () => merges.MergeBatchDeltas(), 5);
        Report($"merge: {MergeBenchmarks.Batches:N0} deltas of {MergeBenchmarks.RecordsPerBatch} records into one", deltas);
        _metrics["merge_ms"] = deltas.Elapsed.TotalMilliseconds;
        var large = Measurement.Median(() => merges.MergeTwoLarge(), () => merges.MergeTwoLarge(), 5);
        Report($"merge: copy + merge two of {MergeBenchmarks.LargeRecords:N0} records", large);
        _metrics["merge_large_ms"] = large.Elapsed.TotalMilliseconds;
    }

    private void MeasureMatrices()
    {
        var small = Population(100);
        var matrix100 = Measurement.Median(() => small.Build(), () => small.Build(), 3);
        Report("matrix: all pairs of 100 fingerprints", matrix100);
        _metrics["matrix_100_ms"] = matrix100.Elapsed.TotalMilliseconds;
        var large = Population(1_000);
        // The 100-fingerprint matrix runs the same code, so it is the warm-up; one 1,000 run is all a minute allows.
        var matrix1000 = Measurement.Median(() => small.Build(), () => large.Build(), 1);
        Report("matrix: all pairs of 1,000 fingerprints", matrix1000);
        _metrics["matrix_1000_s"] = matrix1000.Elapsed.TotalSeconds;
    }

    private SimilarityMatrixBenchmarks Population(int fingerprints) => Timed($"population of {fingerprints:N0}", () =>
    {
        var benchmarks = new SimilarityMatrixBenchmarks { Fingerprints = fingerprints };
        benchmarks.FoldPopulation();
        return benchmarks;
    });

    private T Timed<T>(string what, Func<T> build)
    {
        var started = Stopwatch.GetTimestamp();
        var result = build();
        output.WriteLine($"setup {what}: {Stopwatch.GetElapsedTime(started).TotalSeconds:F2} s");
        return result;
    }

    private void Report(string what, Measurement measurement, long? bytes = null)
    {
        var rate = bytes is { } size ? $"  {measurement.MegabytesPerSecond(size),8:F1} MB/s" : string.Empty;
        output.WriteLine($"{what,-48} {Format(measurement.Elapsed),10}{rate}  alloc {measurement.AllocatedBytes / 1e6:F1} MB");
    }

    private static string Format(TimeSpan elapsed) =>
        elapsed.TotalSeconds >= 1 ? $"{elapsed.TotalSeconds:F2} s" : $"{elapsed.TotalMilliseconds:F1} ms";
}
