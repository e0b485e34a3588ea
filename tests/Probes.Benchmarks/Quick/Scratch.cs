using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Probes.Benchmarks.Corpus;
using Probes.Core.Fingerprints;
using Probes.Core.Fingerprints.Families;
using Probes.Core.Sketches;
using Probes.Core.Text;

namespace Probes.Benchmarks.Quick;

public static class Scratch
{
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec { public long Seconds; public long Nanoseconds; }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static double CpuMs() { ClockGetTime(3, out var t); return t.Seconds * 1e3 + t.Nanoseconds / 1e6; }

    private static (string Key, string Text)[]? Texts;

    public static void Run(string what)
    {
        if (what == "digest") { Digest(); return; }
        if (what == "fold")
        {
            for (var pass = 0; pass < 40; pass++)
            {
                var c = CpuMs();
                var f = new Fingerprint(ResponseCorpus.KeyFor("x"));
                foreach (var record in ResponseCorpus.Standard.Records) f.Add(record);
                if (pass % 5 == 4) Console.WriteLine($"fold {CpuMs() - c:F1}");
            }
            return;
        }
        if (what == "alloc")
        {
            var kinds = FeatureFamilyCatalog.Kinds;
            var families = kinds.Select(k => k.Create()).ToArray();
            var bytes = new long[families.Length];
            var sample = new ResponseSample();
            foreach (var record in ResponseCorpus.Standard.Records)
            {
                sample.Load(record);
                for (var i = 0; i < families.Length; i++)
                {
                    var b = GC.GetAllocatedBytesForCurrentThread();
                    families[i].Add(sample);
                    bytes[i] += GC.GetAllocatedBytesForCurrentThread() - b;
                }
            }
            for (var i = 0; i < families.Length; i++) Console.WriteLine($"{kinds[i].Name} {bytes[i] / 1e6:F2} MB");
            return;
        }
        if (what == "lex")
        {
            var samples = ResponseCorpus.Standard.Records.Select(ResponseSample.Of).ToArray();
            for (var pass = 0; pass < 8; pass++)
            {
                var vector = new HashedVector();
                var phrases = new SpaceSavingTopK(512, 16384);
                var lexical = new LexicalFeatures();
                var c = CpuMs();
                foreach (var sample in samples)
                {
                    foreach (var word in sample.Words) vector.Add(word.Hash);
                    foreach (var bigram in sample.Bigrams) vector.Add(bigram);
                    foreach (var trigram in sample.Trigrams) vector.Add(trigram);
                }
                var tVector = CpuMs() - c;
                var longs = new long[65536]; var ints = new int[65536];
                c = CpuMs();
                foreach (var sample in samples)
                {
                    foreach (var word in sample.Words) longs[(int)(word.Hash & 0xFFFF)] += (word.Hash >> 63) == 0 ? 1 : -1;
                    foreach (var bigram in sample.Bigrams) longs[(int)(bigram & 0xFFFF)] += (bigram >> 63) == 0 ? 1 : -1;
                    foreach (var trigram in sample.Trigrams) longs[(int)(trigram & 0xFFFF)] += (trigram >> 63) == 0 ? 1 : -1;
                }
                Console.Write($"rawlong {CpuMs() - c:F1} ");
                c = CpuMs();
                foreach (var sample in samples)
                {
                    foreach (var word in sample.Words) ints[(int)(word.Hash & 0xFFFF)] += (word.Hash >> 63) == 0 ? 1 : -1;
                    foreach (var bigram in sample.Bigrams) ints[(int)(bigram & 0xFFFF)] += (bigram >> 63) == 0 ? 1 : -1;
                    foreach (var trigram in sample.Trigrams) ints[(int)(trigram & 0xFFFF)] += (trigram >> 63) == 0 ? 1 : -1;
                }
                Console.Write($"rawint {CpuMs() - c:F1} ");
                c = CpuMs();
                foreach (var sample in samples)
                {
                    var bigrams = sample.Bigrams;
                    var trigrams = sample.Trigrams;
                    for (var first = 0; first < bigrams.Length; first++)
                    {
                        if (!phrases.TryCount(bigrams[first], 1)) phrases.Admit(sample.PhraseText(first, 2), bigrams[first], 1);
                        if (first < trigrams.Length && !phrases.TryCount(trigrams[first], 1)) phrases.Admit(sample.PhraseText(first, 3), trigrams[first], 1);
                    }
                }
                var tPhrases = CpuMs() - c;
                c = CpuMs();
                foreach (var sample in samples) lexical.Add(sample);
                Console.WriteLine($"vector {tVector:F1} phrases {tPhrases:F1} lexical {CpuMs() - c:F1} words {samples.Sum(s => s.Words.Length)}");
            }
            return;
        }
        if (what == "count")
        {
            var rs = ResponseCorpus.Standard.Records.Select(r => r.Response!).ToList();
            Console.WriteLine($"surrogates {rs.Count(r => r.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0)} of {rs.Count}; combining {rs.Count(r => r.AsSpan().IndexOfAnyInRange('\u0300', '\u036F') >= 0)}; collapse {rs.Count(r => r.AsSpan().IndexOfAny('\r', '\t') >= 0 || r.Contains("  "))}");
            return;
        }
        var corpus = ResponseCorpus.Standard;
        for (var pass = 0; pass < 10; pass++)
        {
            var tables = new Dictionary<string, PositionCharTable>();
            var sample = new ResponseSample();
            double tPos = 0, tRef = 0, tLoad = 0, tFold = 0; var refusals = 0;
            var fingerprint = new Fingerprint(ResponseCorpus.KeyFor("x"));
            var c0 = CpuMs();
            foreach (var record in corpus.Records) fingerprint.Add(record);
            tFold = CpuMs() - c0;
            c0 = CpuMs();
            foreach (var record in corpus.Records) sample.Load(record);
            tLoad = CpuMs() - c0;
            var texts = Texts ??= corpus.Records.Select(r => (Key: $"{r.ProbeId}#{r.Variant}", Text: TextNormalizer.Normalize(r.Response))).ToArray();
            var list = texts.Select(t => tables.TryGetValue(t.Key, out var x) ? x : tables[t.Key] = new PositionCharTable()).ToArray();
            c0 = CpuMs();
            for (var i = 0; i < texts.Length; i++) list[i].Add(texts[i].Text);
            tPos = CpuMs() - c0;
            var best = double.MaxValue;
            for (var rep = 0; rep < 5; rep++)
            {
                var fresh = new Dictionary<string, PositionCharTable>();
                var l2 = texts.Select(t => fresh.TryGetValue(t.Key, out var x) ? x : fresh[t.Key] = new PositionCharTable()).ToArray();
                for (var i = 0; i < 3000; i++) l2[i].Add(texts[i].Text);
                c0 = CpuMs();
                for (var i = 3000; i < texts.Length; i++) l2[i].Add(texts[i].Text);
                best = Math.Min(best, CpuMs() - c0);
            }
            Console.Write($"posbest {best:F1} ");
            c0 = CpuMs();
            for (var i = 0; i < texts.Length; i++) if (RefusalLexicon.IsRefusal(texts[i].Text)) refusals++;
            tRef = CpuMs() - c0;
            var one = new PositionCharTable();
            for (var i = 0; i < 2000; i++) one.Add(texts[i].Text);
            c0 = CpuMs();
            for (var i = 0; i < texts.Length; i++) one.Add(texts[i].Text);
            Console.Write($"one-table pos {CpuMs() - c0:F1} ");
            var stats = texts.Select(t => (Q: new QuantileSketch(), M: new Moments(), F: new SpaceSavingTopK(8))).ToArray();
            var byKey = new Dictionary<string, (QuantileSketch Q, Moments M, SpaceSavingTopK F)>();
            var per = texts.Select(t => byKey.TryGetValue(t.Key, out var x) ? x : byKey[t.Key] = (new QuantileSketch(), new Moments(), new SpaceSavingTopK(8))).ToArray();
            c0 = CpuMs();
            for (var i = 0; i < texts.Length; i++) { per[i].Q.Add(texts[i].Text.Length); per[i].M.Add(texts[i].Text.Length); per[i].F.Add("stop"); }
            Console.Write($"quant+mom+finish {CpuMs() - c0:F1} ");
            c0 = CpuMs();
            var raw = corpus.Records;
            var sum = 0;
            for (var i = 0; i < raw.Count; i++) sum += TextNormalizer.Normalize(raw[i].Response).Length;
            Console.Write($"normalize {CpuMs() - c0:F1} ");
            c0 = CpuMs();
            var words = 0UL;
            for (var i = 0; i < texts.Length; i++) foreach (var w in WordTokenizer.Tokenize(texts[i].Text)) words += w.Hash;
            Console.Write($"tokenize {CpuMs() - c0:F1} ");
            c0 = CpuMs();
            for (var i = 0; i < texts.Length; i++) words += (ulong)FormatDetector.Detect(texts[i].Text);
            Console.Write($"format {CpuMs() - c0:F1} ");
            Console.WriteLine($"cpu ms: fold {tFold:F1} ({corpus.Utf8Bytes / tFold / 1e3:F1} MB/s) load {tLoad:F1} pos {tPos:F1} refusal {tRef:F1}");
        }
    }

    private static void Digest()
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
