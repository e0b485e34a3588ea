using Probes.Core.Fingerprints;
using Probes.Core.Sketches;

namespace Probes.Core.Comparison;

/// <summary>
/// Cosine between the hashed n-gram vectors after signed square-root damping. Damping keeps function words from
/// swamping the content words; the square root in particular scales uniformly (√(c·v) = √c·√v), so the cosine does
/// not depend on how many responses each side has. Negative cosines (sign-hashing noise) count as 0.
/// Drivers are the bi- and trigrams both sides use most, per response.
/// </summary>
public sealed class LexicalSimilarity : IFamilySimilarity
{
    public string Family => "lexical";

    public FamilyScore? Compare(Fingerprint a, Fingerprint b)
    {
        var (vectorA, vectorB) = (a.Lexical.Ngrams, b.Lexical.Ngrams);
        if (vectorA.NonZeroCount == 0 || vectorB.NonZeroCount == 0) return null;
        var (smaller, larger) = vectorA.NonZeroCount <= vectorB.NonZeroCount ? (vectorA, vectorB) : (vectorB, vectorA);
        var dot = 0.0;
        foreach (var (bucket, value) in smaller.NonZero)
        {
            var other = larger[bucket];
            if (other != 0) dot += Damp(value) * Damp(other);
        }
        var cosine = dot / Math.Sqrt(SquaredNorm(vectorA) * SquaredNorm(vectorB));
        return new FamilyScore(Family, Math.Clamp(cosine, 0, 1), SharedPhrases(a, b));
    }

    public IFamilyView Prepare(Fingerprint fingerprint) => LexicalView.Of(fingerprint.Lexical.Ngrams);

    internal static double Damp(long value) => Math.Sign(value) * Math.Sqrt(Math.Abs(value));

    // The squared norm of the damped vector is the sum of absolute counts.
    private static double SquaredNorm(HashedVector vector)
    {
        var sum = 0.0;
        foreach (var (_, value) in vector.NonZero) sum += Math.Abs(value);
        return sum;
    }

    private static IReadOnlyList<string> SharedPhrases(Fingerprint a, Fingerprint b)
    {
        var countsB = new Dictionary<string, long>();
        foreach (var entry in b.Lexical.Phrases.Entries) countsB[entry.Item] = entry.Count;
        var candidates = new List<(double, string)>();
        foreach (var entry in a.Lexical.Phrases.Entries)
        {
            if (!countsB.TryGetValue(entry.Item, out var countB)) continue;
            var rateA = (double)entry.Count / a.RecordCount;
            var rateB = (double)countB / b.RecordCount;
            candidates.Add((Math.Sqrt(rateA * rateB), $"\"{entry.Item}\" {Drivers.Pair(rateA, rateB)} per response"));
        }
        return Drivers.Top(candidates);
    }
}
