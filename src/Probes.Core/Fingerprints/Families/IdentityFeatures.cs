using System.Text.Json.Serialization;

namespace Probes.Core.Fingerprints.Families;

/// <summary>
/// How many responses mention each vendor of <see cref="IdentityLexicon"/>, out of <see cref="Responses"/>.
/// Over identity probes this is what the model claims to be; distilled students often claim their teacher
/// (Lee et al., 2025), though a system prompt can override any claim.
/// </summary>
public sealed class IdentityFeatures : FeatureFamily<IdentityFeatures>
{
    private readonly long[] _mentions = new long[IdentityLexicon.Vendors.Count];

    public IdentityFeatures()
    {
    }

    [JsonConstructor]
    public IdentityFeatures(long responses, IReadOnlyDictionary<string, long> mentions)
    {
        Responses = responses;
        foreach (var (vendor, count) in mentions)
        {
            var index = IndexOf(vendor);
            if (index < 0 || count < 0 || count > responses) throw new ArgumentException($"Invalid mention count for '{vendor}'.");
            _mentions[index] = count;
        }
    }

    public long Responses { get; private set; }

    /// <summary>Responses mentioning each vendor, in lexicon order (every vendor listed, zeros included).</summary>
    public IReadOnlyDictionary<string, long> Mentions
    {
        get
        {
            var mentions = new Dictionary<string, long>(_mentions.Length);
            for (var i = 0; i < _mentions.Length; i++) mentions[IdentityLexicon.Vendors[i]] = _mentions[i];
            return mentions;
        }
    }

    public long MentionsOf(string vendor)
    {
        var index = IndexOf(vendor);
        return index < 0 ? throw new ArgumentException($"Unknown vendor '{vendor}'.", nameof(vendor)) : _mentions[index];
    }

    public override void Add(ResponseSample sample)
    {
        Responses++;
        var mentioned = IdentityLexicon.Mentions(sample.Words);
        for (var i = 0; mentioned != 0; i++, mentioned >>= 1)
        {
            if ((mentioned & 1) != 0) _mentions[i]++;
        }
    }

    public override void Merge(IdentityFeatures other)
    {
        Responses += other.Responses;
        for (var i = 0; i < _mentions.Length; i++) _mentions[i] += other._mentions[i];
    }

    private static int IndexOf(string vendor)
    {
        for (var i = 0; i < IdentityLexicon.Vendors.Count; i++)
        {
            if (IdentityLexicon.Vendors[i] == vendor) return i;
        }
        return -1;
    }
}
