using System.Text;
using Probes.Core.Fingerprints;
using Probes.Core.Records;
using Probes.Core.Tests.Fingerprints;

namespace Probes.Core.Tests.Comparison;

/// <summary>
/// A toy text generator with the traits fingerprints measure: a Zipf-weighted vocabulary of invented words, a
/// preferred answer distribution per probe, a name it claims, a bullet habit and a typical length.
/// <see cref="Derive"/> makes a related model (a student) that keeps most of the vocabulary and answers.
/// </summary>
internal sealed class SyntheticModel
{
    public const int ProbeCount = 20;
    private static readonly string[] Syllables = ["ka", "lo", "mi", "ren", "tu", "sa", "vi", "dor", "pel", "qua", "zen", "bri", "tho", "gar", "nel", "fi"];
    private static readonly double[] AnswerShares = [0.6, 0.25, 0.1, 0.05];

    private readonly string[] _vocabulary;
    private readonly string[][] _answers;
    private readonly string _claim;
    private readonly double _bulletRate;
    private readonly int _meanWords;

    private SyntheticModel(string[] vocabulary, string[][] answers, string claim, double bulletRate, int meanWords)
    {
        (_vocabulary, _answers, _claim, _bulletRate, _meanWords) = (vocabulary, answers, claim, bulletRate, meanWords);
    }

    public static SyntheticModel Create(int seed, string claim, double bulletRate, int meanWords)
    {
        var random = new Random(seed);
        var answers = new string[ProbeCount][];
        for (var p = 0; p < ProbeCount; p++) answers[p] = Enumerable.Range(0, AnswerShares.Length).Select(_ => Word(random)).ToArray();
        return new SyntheticModel(Enumerable.Range(0, 300).Select(_ => Word(random)).ToArray(), answers, claim, bulletRate, meanWords);
    }

    /// <summary>A related model: <paramref name="drift"/> of the words and of the probes' answer lists replaced.</summary>
    public SyntheticModel Derive(int seed, double drift)
    {
        var random = new Random(seed);
        var vocabulary = _vocabulary.Select(word => random.NextDouble() < drift ? Word(random) : word).ToArray();
        var answers = _answers.Select(list => random.NextDouble() < drift ? list.Select(_ => Word(random)).ToArray() : list).ToArray();
        return new SyntheticModel(vocabulary, answers, _claim, _bulletRate + 0.05, _meanWords + 2);
    }

    public Fingerprint Fingerprint(string targetId, int seed, int samplesPerProbe = 30)
    {
        var random = new Random(seed);
        var fingerprint = new Fingerprint(new FingerprintKey(targetId, "synthetic@1", "t1"));
        for (var p = 0; p < ProbeCount; p++)
        {
            for (var s = 0; s < samplesPerProbe; s++) fingerprint.Add(TestRecords.Success($"probe-{p:D2}", Response(p, random), targetId: targetId));
        }
        fingerprint.Add(TestRecords.Success("who-are-you", $"I am {_claim}, a helpful model.", targetId: targetId));
        return fingerprint;
    }

    private string Response(int probe, Random random)
    {
        var text = new StringBuilder(Pick(_answers[probe], random)).Append('.');
        var words = _meanWords / 2 + random.Next(_meanWords);
        for (var w = 0; w < words; w++)
        {
            text.Append(w % 8 == 0 ? (random.NextDouble() < _bulletRate ? "\n- " : "\n") : " ");
            text.Append(_vocabulary[ZipfRank(random)]);
        }
        return text.ToString();
    }

    private static string Pick(string[] answers, Random random)
    {
        var u = random.NextDouble();
        for (var i = 0; i < answers.Length; i++)
        {
            if ((u -= AnswerShares[i]) < 0) return answers[i];
        }
        return answers[^1];
    }

    // Rank r with probability ∝ 1/(r+1), by inverting the continuous approximation of the harmonic sum.
    private int ZipfRank(Random random) => Math.Min(_vocabulary.Length - 1, (int)Math.Exp(random.NextDouble() * Math.Log(_vocabulary.Length + 1)) - 1);

    private static string Word(Random random)
    {
        var syllables = random.Next(2, 4);
        var word = new StringBuilder();
        for (var i = 0; i < syllables; i++) word.Append(Syllables[random.Next(Syllables.Length)]);
        return word.ToString();
    }
}
