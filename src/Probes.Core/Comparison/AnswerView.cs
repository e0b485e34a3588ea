using Probes.Core.Fingerprints.Families;
using Probes.Core.Text;

namespace Probes.Core.Comparison;

/// <summary>
/// Every probe's answer distribution as flat arrays: probes, and the answers within each probe, ordered by a stable
/// hash of their text (ties by the text itself), so two views meet in one merge; each answer carries its share p and
/// p·log2 p. For an answer both sides give, the two Jensen–Shannon terms p·log2(2p/m) + q·log2(2q/m), m = p + q,
/// equal m − m·log2 m + p·log2 p + q·log2 q: one logarithm per shared answer instead of two, none for the others.
/// </summary>
internal sealed class AnswerView : IFamilyView
{
    private readonly Keyed[] _probes;
    private readonly int[] _firstAnswer;
    private readonly Keyed[] _answers;
    private readonly double[] _shares;
    private readonly double[] _shareLogShares;

    private AnswerView(Keyed[] probes, int[] firstAnswer, Keyed[] answers, double[] shares, double[] shareLogShares) =>
        (_probes, _firstAnswer, _answers, _shares, _shareLogShares) = (probes, firstAnswer, answers, shares, shareLogShares);

    public static AnswerView Of(AnswerFeatures features)
    {
        var probes = features.ByProbe.Select(pair => (Key: Keyed.Of(pair.Key), pair.Value)).OrderBy(pair => pair.Key).ToArray();
        var (firstAnswer, answers, shares, shareLogShares) = (new int[probes.Length + 1], new List<Keyed>(), new List<double>(), new List<double>());
        for (var p = 0; p < probes.Length; p++)
        {
            firstAnswer[p] = answers.Count;
            // Zero counts add nothing to the divergence, exactly as if the answer were absent.
            var entries = probes[p].Value.Entries.Where(entry => entry.Count > 0).ToArray();
            var total = entries.Sum(entry => entry.Count);
            if (total == 0) throw new ArgumentException($"Answers of probe '{probes[p].Key.Text}' hold no mass.");
            foreach (var entry in entries.OrderBy(entry => Keyed.Of(entry.Item)))
            {
                var share = (double)entry.Count / total;
                answers.Add(Keyed.Of(entry.Item));
                shares.Add(share);
                shareLogShares.Add(share * Math.Log2(share));
            }
        }
        firstAnswer[probes.Length] = answers.Count;
        return new AnswerView(Array.ConvertAll(probes, probe => probe.Key), firstAnswer, [.. answers], [.. shares], [.. shareLogShares]);
    }

    /// <summary>Mean over shared probes of 1 − JSD, as <see cref="AnswerAgreement.Compare"/>.</summary>
    public double SimilarityTo(IFamilyView other)
    {
        var that = (AnswerView)other;
        var (i, j, total, shared) = (0, 0, 0.0, 0);
        while (i < _probes.Length && j < that._probes.Length)
        {
            var order = _probes[i].CompareTo(that._probes[j]);
            if (order == 0)
            {
                total += 1 - Divergence(i, that, j);
                shared++;
            }
            if (order <= 0) i++;
            if (order >= 0) j++;
        }
        return shared == 0 ? double.NaN : total / shared;
    }

    private double Divergence(int probe, AnswerView that, int thatProbe)
    {
        var (x, endX) = (_firstAnswer[probe], _firstAnswer[probe + 1]);
        var (y, endY) = (that._firstAnswer[thatProbe], that._firstAnswer[thatProbe + 1]);
        var divergence = 0.0;
        while (x < endX && y < endY)
        {
            var order = _answers[x].CompareTo(that._answers[y]);
            if (order == 0)
            {
                var mass = _shares[x] + that._shares[y];
                // Bracketed so that swapping the sides gives the same bits: scores are symmetric to the last digit.
                divergence += mass - mass * Math.Log2(mass) + (_shareLogShares[x] + that._shareLogShares[y]);
                x++;
                y++;
            }
            // An answer only one side gives contributes p·log2(2p/p) = p.
            else if (order < 0) divergence += _shares[x++];
            else divergence += that._shares[y++];
        }
        for (; x < endX; x++) divergence += _shares[x];
        for (; y < endY; y++) divergence += that._shares[y];
        return Math.Clamp(divergence / 2, 0, 1);
    }

    /// <summary>A text with its stable hash: ordered by hash first, so most comparisons never read the text.</summary>
    private readonly record struct Keyed(ulong Hash, string Text) : IComparable<Keyed>
    {
        public static Keyed Of(string text) => new(StableHash.Mix(StableHash.Fnv64(text)), text);

        public int CompareTo(Keyed other) =>
            Hash != other.Hash ? Hash.CompareTo(other.Hash) : string.CompareOrdinal(Text, other.Text);
    }
}
