using System.Security.Cryptography;
using Probes.Benchmarks.Corpus;
using Probes.Core.Fingerprints;

namespace Probes.Benchmarks.Quick;

public static class Scratch
{
    public static void Run()
    {
        var fingerprint = new Fingerprint(ResponseCorpus.KeyFor("benchmark"));
        foreach (var record in ResponseCorpus.Standard.Records) fingerprint.Add(record);
        Console.WriteLine("whole " + Convert.ToHexStringLower(SHA256.HashData(fingerprint.ToJson()))[..32]);
        var total = new Fingerprint(ResponseCorpus.KeyFor("benchmark"));
        foreach (var batch in ResponseCorpus.Standard.Records.Chunk(50))
        {
            var delta = new Fingerprint(ResponseCorpus.KeyFor("benchmark"));
            foreach (var record in batch) delta.Add(record);
            total.Merge(delta);
        }
        Console.WriteLine("merged " + Convert.ToHexStringLower(SHA256.HashData(total.ToJson()))[..32]);
    }
}
