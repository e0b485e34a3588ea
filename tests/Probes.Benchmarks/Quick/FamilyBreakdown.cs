using System.Diagnostics;
using Probes.Benchmarks.Corpus;
using Probes.Core.Fingerprints;
using Probes.Core.Records;

namespace Probes.Benchmarks.Quick;

/// <summary>
/// Where folding time goes: the standard corpus folded family by family, each family's <c>Add</c> timed on its
/// own over every record (the sample is loaded once per record and shared, as the fingerprint does). Timing each
/// call costs tens of nanoseconds, small against the microseconds a record takes.
/// </summary>
public sealed class FamilyBreakdown(TextWriter output)
{
    public void Run(int passes = 12)
    {
        var corpus = ResponseCorpus.Standard;
        var kinds = FeatureFamilyCatalog.Kinds;
        var best = new double[kinds.Count + 1];
        Array.Fill(best, double.MaxValue);
        for (var pass = 0; pass <= passes; pass++)
        {
            var ticks = Fold(corpus.Records);
            // Pass 0 warms up (JIT tiering); then each family keeps its fastest pass.
            if (pass == 0) continue;
            for (var i = 0; i < ticks.Length; i++) best[i] = Math.Min(best[i], ticks[i] / (double)Stopwatch.Frequency);
        }
        var total = best.Sum();
        output.WriteLine($"{"load sample (normalise, tokenise, n-gram hashes)",-52} {best[^1] * 1e3,8:F1} ms  {Share(best[^1], total),5:F1} %");
        for (var i = 0; i < kinds.Count; i++)
        {
            output.WriteLine($"{"family " + kinds[i].Name,-52} {best[i] * 1e3,8:F1} ms  {Share(best[i], total),5:F1} %");
        }
        output.WriteLine($"{"sum",-52} {total * 1e3,8:F1} ms  {corpus.Utf8Bytes / total / 1e6,6:F1} MB/s");
    }

    private static double Share(double part, double total) => 100 * part / total;

    private static long[] Fold(IReadOnlyList<ProbeRecord> records)
    {
        var families = FeatureFamilyCatalog.Kinds.Select(kind => kind.Create()).ToArray();
        var ticks = new long[families.Length + 1];
        var sample = new ResponseSample();
        foreach (var record in records)
        {
            if (!record.Succeeded) continue;
            var started = Stopwatch.GetTimestamp();
            sample.Load(record);
            ticks[^1] += Stopwatch.GetTimestamp() - started;
            for (var i = 0; i < families.Length; i++)
            {
                started = Stopwatch.GetTimestamp();
                families[i].Add(sample);
                ticks[i] += Stopwatch.GetTimestamp() - started;
            }
        }
        return ticks;
    }
}
