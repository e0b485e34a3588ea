using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Probes.Benchmarks.Corpus;
using Probes.Benchmarks.Quick;
using Probes.Benchmarks.Rates;
using Probes.Benchmarks.Suites;

const string Usage = """
    Usage: dotnet run -c Release --project tests/Probes.Benchmarks -- <suite> [BenchmarkDotNet options]

    Suites:
      quick          every figure below, timed with a stopwatch
      features-quick only quick's two feature figures (fold, normalise + tokenise)
      matrix-quick   only quick's two matrix figures (100 and 1,000 fingerprints)
      breakdown      folding time per feature family (stopwatch around each family's Add; --passes N, default 12)
      features       folding reply text into a fingerprint, and normalise + tokenise alone (MB/s per core)
      merge          1,000 batch deltas of 50 records into one; two 25,000-record fingerprints into one
      matrix         all-pairs similarity matrix over 100 and 1,000 fingerprints
      all            features, merge and matrix
      rate           a 2-silo cluster held to 3,000 RPM against a loopback server (--seconds N, default 30)
      rate-tpm       the same with a tokens-per-minute limit binding (--seconds N, default 30)

    BenchmarkDotNet options follow the suite, e.g. `features --job short` or `matrix --job dry`.
    """;

if (args.Length == 0)
{
    Console.WriteLine(Usage);
    return 0;
}

var options = args[1..];
switch (args[0])
{
    case "quick":
        new QuickSuite(Console.Out).Run();
        return 0;
    case "features-quick":
        new QuickSuite(Console.Out).RunFeatures();
        return 0;
    case "matrix-quick":
        new QuickSuite(Console.Out).RunMatrices();
        return 0;
    case "breakdown":
        new FamilyBreakdown(Console.Out).Run(PositiveOption(options, "--passes", 12));
        return 0;
    case "features":
        BenchmarkRunner.Run<FeatureExtractionBenchmarks>(FeaturesConfig(), options);
        return 0;
    case "merge":
        BenchmarkRunner.Run<MergeBenchmarks>(args: options);
        return 0;
    case "matrix":
        BenchmarkRunner.Run<SimilarityMatrixBenchmarks>(args: options);
        return 0;
    case "rate":
        await new RateSuite(Console.Out, Seconds(options)).RunRequestsAsync();
        return 0;
    case "rate-tpm":
        await new RateSuite(Console.Out, Seconds(options)).RunTokensAsync();
        return 0;
    case "all":
        BenchmarkRunner.Run<FeatureExtractionBenchmarks>(FeaturesConfig(), options);
        BenchmarkRunner.Run<MergeBenchmarks>(args: options);
        BenchmarkRunner.Run<SimilarityMatrixBenchmarks>(args: options);
        return 0;
    default:
        Console.Error.WriteLine($"Unknown suite '{args[0]}'.");
        Console.Error.WriteLine(Usage);
        return 2;
}

static int Seconds(string[] options) => PositiveOption(options, "--seconds", 30);

static int PositiveOption(string[] options, string name, int fallback)
{
    var at = Array.IndexOf(options, name);
    return at >= 0 && at + 1 < options.Length && int.TryParse(options[at + 1], out var value) && value > 0 ? value : fallback;
}

// The corpus is deterministic, so the host process knows the bytes each operation of the child process folds.
static IConfig FeaturesConfig() =>
    DefaultConfig.Instance.AddColumn(new MegabytesPerSecondColumn(ResponseCorpus.Standard.Utf8Bytes));
