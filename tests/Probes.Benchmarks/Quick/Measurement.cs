using System.Diagnostics;

namespace Probes.Benchmarks.Quick;

/// <summary>Wall time and bytes allocated (by every thread, since the matrix scores rows in parallel) for one run of an operation.</summary>
public sealed record Measurement(TimeSpan Elapsed, long AllocatedBytes)
{
    /// <summary>
    /// Runs <paramref name="warmUp"/> once (JIT tiering, caches, lazily built tables), then <paramref name="run"/>
    /// <paramref name="repetitions"/> times, and keeps the median run: one stray pause from another process on a
    /// shared machine moves the median far less than the mean.
    /// </summary>
    public static Measurement Median(Action warmUp, Action run, int repetitions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repetitions, 1);
        warmUp();
        var runs = new Measurement[repetitions];
        for (var i = 0; i < repetitions; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var started = Stopwatch.GetTimestamp();
            run();
            var elapsed = Stopwatch.GetElapsedTime(started);
            runs[i] = new Measurement(elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
        }
        return runs.OrderBy(measurement => measurement.Elapsed).ElementAt(repetitions / 2);
    }

    /// <summary>
    /// A warm-up that runs <paramref name="run"/> until both <paramref name="minimumRuns"/> runs and
    /// <paramref name="minimumTime"/> have passed: the runtime compiles hot methods first without optimisation,
    /// then instrumented, and only after a delay and some calls fully optimised, in the background. One run of
    /// a fraction of a second measures those early tiers and not the steady state a long-running grain folds in.
    /// </summary>
    public static Action UntilSteady(Action run, int minimumRuns, TimeSpan minimumTime) => () =>
    {
        var started = Stopwatch.GetTimestamp();
        for (var runs = 0; runs < minimumRuns || Stopwatch.GetElapsedTime(started) < minimumTime; runs++) run();
    };

    /// <summary>Decimal megabytes (10^6 bytes) per second.</summary>
    public double MegabytesPerSecond(long bytes) => bytes / Elapsed.TotalSeconds / 1e6;
}
