using Probes.Core.Fingerprints;
using Probes.Core.Sketches;

namespace Probes.Core.Comparison;

/// <summary>
/// Mean over the probes both sides answered of 1 − JSD between their short-answer distributions (the
/// PhyloLM idea, with JSD instead of Nei's identity so one probe's score is bounded and symmetric). Each
/// distribution is the top-k counts normalised by their own sum. Drivers are the probes where both sides most
/// often give the same answer; the share is shrunk by n / (n + 1) for the smaller sample, because an agreement
/// seen once is weaker evidence than one seen thirty times.
/// </summary>
public sealed class AnswerAgreement : IFamilySimilarity
{
    public string Family => "answers";

    public FamilyScore? Compare(Fingerprint a, Fingerprint b)
    {
        var total = 0.0;
        var shared = 0;
        var candidates = new List<(double, string)>();
        var answersOfB = b.Answers.ByProbe;
        foreach (var (probeId, answersA) in a.Answers.ByProbe)
        {
            if (!answersOfB.TryGetValue(probeId, out var answersB)) continue;
            var (p, q) = (Counts(answersA), Counts(answersB));
            total += 1 - JensenShannon.Divergence(p, q);
            shared++;
            AddCommonAnswer(probeId, p, q, candidates);
        }
        return shared == 0 ? null : new FamilyScore(Family, total / shared, Drivers.Top(candidates));
    }

    public IFamilyView Prepare(Fingerprint fingerprint) => AnswerView.Of(fingerprint.Answers);

    private static Dictionary<string, long> Counts(SpaceSavingTopK answers)
    {
        var counts = new Dictionary<string, long>(answers.Count);
        foreach (var entry in answers.Entries) counts[entry.Item] = entry.Count;
        return counts;
    }

    private static void AddCommonAnswer(string probeId, Dictionary<string, long> p, Dictionary<string, long> q,
        List<(double, string)> candidates)
    {
        var (totalP, totalQ) = (p.Values.Sum(), q.Values.Sum());
        var smaller = Math.Min(totalP, totalQ);
        var best = (Shared: 0.0, Answer: string.Empty, P: 0.0, Q: 0.0);
        foreach (var (answer, countP) in p)
        {
            var (shareP, shareQ) = ((double)countP / totalP, (double)q.GetValueOrDefault(answer) / totalQ);
            if (Math.Min(shareP, shareQ) > best.Shared) best = (Math.Min(shareP, shareQ), answer, shareP, shareQ);
        }
        if (best.Shared > 0) candidates.Add((best.Shared * smaller / (smaller + 1), $"{probeId}: \"{best.Answer}\" {Drivers.Pair(best.P, best.Q)}"));
    }
}
