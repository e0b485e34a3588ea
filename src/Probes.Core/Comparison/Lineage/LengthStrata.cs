namespace Probes.Core.Comparison.Lineage;

/// <summary>
/// Response-length strata: bin edges at population quantiles of token counts. Whether a response contains "the"
/// or "," says more about its length than about its author; comparing a model with the population within each
/// length stratum (as a Mantel–Haenszel analysis does) removes that confound, so terse and verbose models are
/// judged on their word choice alone.
/// </summary>
internal sealed class LengthStrata
{
    private readonly int[] _upperBounds;

    public LengthStrata(PresenceCorpus corpus, int strata)
    {
        var lengths = corpus.Responses.SelectMany(r => r).Select(r => r.Length).Where(l => l > 0).Order().ToArray();
        _upperBounds = Enumerable.Range(1, strata - 1)
            .Select(k => lengths.Length == 0 ? int.MaxValue : lengths[(int)((long)k * lengths.Length / strata)])
            .Distinct()
            .Append(int.MaxValue)
            .ToArray();
        Of = corpus.Responses.Select(row => row.Select(r => StratumOf(r.Length)).ToArray()).ToArray();
    }

    public int Count => _upperBounds.Length;

    /// <summary><c>Of[model][response]</c>: the stratum of that response, or −1 when it is empty.</summary>
    public int[][] Of { get; }

    private int StratumOf(int length)
    {
        if (length == 0) return -1;
        for (var s = 0; s < _upperBounds.Length; s++)
        {
            if (length <= _upperBounds[s]) return s;
        }
        return _upperBounds.Length - 1;
    }
}
