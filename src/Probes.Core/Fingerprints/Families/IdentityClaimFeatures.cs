using System.Text.Json.Serialization;
using Probes.Core.Text;

namespace Probes.Core.Fingerprints.Families;

/// <summary>
/// What a model claims about itself, split the way the claims differ: vendor mentions (as in
/// <see cref="IdentityFeatures"/>) by the script of the prompt and by whether the question came inside an
/// injection wrapper (<see cref="InjectionWrapping"/>), over identity-family and wrapped probes only; and the
/// training cutoffs claimed in replies to probes whose id contains "cutoff" (<see cref="ClaimedCutoffs"/>).
/// Split keys are "{script}/plain" or "{script}/wrapped", e.g. "cjk/wrapped".
/// </summary>
public sealed class IdentityClaimFeatures : FeatureFamily<IdentityClaimFeatures>
{
    private static readonly string[] SplitNames = BuildSplitNames();

    private readonly SortedDictionary<string, IdentityFeatures> _bySplit = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, long> _cutoffClaims = new(StringComparer.Ordinal);
    // Each split's entry of _bySplit by split index, filled as a split is first counted: entries are never
    // removed, so a reply costs an array read rather than string comparisons down a sorted tree.
    private readonly IdentityFeatures?[] _splitByIndex = new IdentityFeatures?[SplitNames.Length];

    public IdentityClaimFeatures()
    {
    }

    [JsonConstructor]
    public IdentityClaimFeatures(IReadOnlyDictionary<string, IdentityFeatures> bySplit, long cutoffResponses, IReadOnlyDictionary<string, long> cutoffClaims)
    {
        foreach (var (split, mentions) in bySplit)
        {
            if (!SplitNames.Contains(split)) throw new ArgumentException($"Unknown identity split '{split}'.");
            _bySplit.Add(split, mentions);
        }
        foreach (var (claim, count) in cutoffClaims)
        {
            if (!ClaimedCutoffs.IsValidClaim(claim) || count <= 0 || count > cutoffResponses) throw new ArgumentException($"Invalid cutoff claim '{claim}': {count}.");
            _cutoffClaims.Add(claim, count);
        }
        CutoffResponses = cutoffResponses;
    }

    /// <summary>Vendor mentions by split, in ordinal order of split key.</summary>
    public IReadOnlyDictionary<string, IdentityFeatures> BySplit => _bySplit;

    /// <summary>Replies to cutoff probes, the denominator of <see cref="CutoffClaims"/>.</summary>
    public long CutoffResponses { get; private set; }

    /// <summary>Replies claiming each year ("2023") or year-month ("2023-10").</summary>
    public IReadOnlyDictionary<string, long> CutoffClaims => _cutoffClaims;

    public static string SplitOf(Script promptScript, bool wrapped) => SplitNames[SplitIndex(promptScript, wrapped)];

    public override void Add(ResponseSample sample)
    {
        var wrapped = InjectionWrapping.IsWrapped(sample);
        if (wrapped || InjectionWrapping.IsIdentityProbe(sample))
        {
            var index = SplitIndex(sample.PromptScript, wrapped);
            (_splitByIndex[index] ??= SplitNamed(SplitNames[index])).Add(sample);
        }
        if (sample.IsCutoffProbe)
        {
            CutoffResponses++;
            foreach (var claim in ClaimedCutoffs.Find(sample))
            {
                _cutoffClaims[claim] = _cutoffClaims.GetValueOrDefault(claim) + 1;
            }
        }
    }

    public override void Merge(IdentityClaimFeatures other)
    {
        foreach (var (split, mentions) in other._bySplit.ToList())
        {
            SplitNamed(split).Merge(mentions);
        }
        foreach (var (claim, count) in other._cutoffClaims.ToList()) _cutoffClaims[claim] = _cutoffClaims.GetValueOrDefault(claim) + count;
        CutoffResponses += other.CutoffResponses;
    }

    private IdentityFeatures SplitNamed(string split)
    {
        if (!_bySplit.TryGetValue(split, out var mentions)) _bySplit.Add(split, mentions = new IdentityFeatures());
        return mentions;
    }

    private static int SplitIndex(Script promptScript, bool wrapped) => 2 * (int)promptScript + (wrapped ? 1 : 0);

    private static string[] BuildSplitNames() =>
        Enum.GetValues<Script>().SelectMany(script => new[] { "plain", "wrapped" }.Select(kind => $"{script.ToString().ToLowerInvariant()}/{kind}")).ToArray();
}
