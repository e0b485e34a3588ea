using Probes.Core.Fingerprints.Families;
using Probes.Core.Records;

namespace Probes.Core.Fingerprints;

/// <summary>
/// Everything a fingerprint grain holds for one key: record counts and the feature families, each folded one
/// record at a time and mergeable so that merging the fingerprints of two disjoint record sets equals the
/// fingerprint of their union. Not thread-safe: a grain owns one and folds into it serially.
/// </summary>
public sealed class Fingerprint
{
    /// <summary>
    /// Version of the JSON schema; a new family or a changed sketch dimension bumps it. Version 2 added the
    /// probes, style, identityClaims and service families and composable word hashes: a version-1 snapshot
    /// lacks those statistics, and filling them with empty ones would make its families disagree on how many
    /// responses they describe, so it is refused and rebuilt from the stored records.
    /// </summary>
    public const int SchemaVersion = 2;

    private readonly IFeatureFamily[] _families;
    // Each family's Add bound once: a record is folded by nine calls through one loop, where a call through the
    // interface would resolve the type behind each family on every record.
    private readonly Action<ResponseSample>[] _adders;
    private readonly ResponseSample _sample = new();

    public Fingerprint(FingerprintKey key) : this(key, 0, 0, FeatureFamilyCatalog.CreateAll())
    {
    }

    internal Fingerprint(FingerprintKey key, long recordCount, long errorCount, IFeatureFamily[] families)
    {
        Key = key;
        RecordCount = recordCount;
        ErrorCount = errorCount;
        _families = families;
        _adders = Array.ConvertAll(families, family => (Action<ResponseSample>)family.Add);
    }

    public FingerprintKey Key { get; }

    /// <summary>Successful records folded.</summary>
    public long RecordCount { get; private set; }

    /// <summary>Failed records seen; they add nothing else, since an error says nothing about the model's text.</summary>
    public long ErrorCount { get; private set; }

    /// <summary>The families in catalog order.</summary>
    public IReadOnlyList<IFeatureFamily> Families => _families;

    public LengthFeatures Length => Family<LengthFeatures>();

    public LexicalFeatures Lexical => Family<LexicalFeatures>();

    public AnswerFeatures Answers => Family<AnswerFeatures>();

    public IdentityFeatures Identity => Family<IdentityFeatures>();

    public FormatFeatures Format => Family<FormatFeatures>();

    public ProbeFeatures PerProbe => Family<ProbeFeatures>();

    public StyleFeatures Style => Family<StyleFeatures>();

    public IdentityClaimFeatures IdentityClaims => Family<IdentityClaimFeatures>();

    public ServiceFeatures Service => Family<ServiceFeatures>();

    public T Family<T>() where T : class, IFeatureFamily
    {
        foreach (var family in _families)
        {
            if (family is T typed) return typed;
        }
        throw new InvalidOperationException($"This fingerprint has no {typeof(T).Name} family.");
    }

    public void Add(ProbeRecord record)
    {
        if (!record.Succeeded)
        {
            ErrorCount++;
            return;
        }
        RecordCount++;
        _sample.Load(record);
        foreach (var add in _adders) add(_sample);
    }

    /// <summary>
    /// An item whose failed record was counted is being retried: its retry's record is added in its place, so the
    /// earlier error no longer counts. In a retry batch's delta this leaves the error count negative, which the merge
    /// then subtracts; an error never added anything else to take back.
    /// </summary>
    public void RetractError() => ErrorCount--;

    public void Merge(Fingerprint other)
    {
        if (!Key.IsComparableWith(other.Key))
        {
            throw new InvalidOperationException($"Cannot merge fingerprint {other.Key} into {Key}: different probe set or sampling.");
        }
        if (ReferenceEquals(other, this)) other = Clone();
        RecordCount += other.RecordCount;
        ErrorCount += other.ErrorCount;
        for (var i = 0; i < _families.Length; i++) _families[i].Merge(other._families[i]);
    }

    /// <summary>A deep copy: merging into an empty fingerprint is exact for every sketch.</summary>
    public Fingerprint Clone()
    {
        var copy = new Fingerprint(Key);
        copy.Merge(this);
        return copy;
    }

    public byte[] ToJson() => FingerprintJson.Write(this);

    public static Fingerprint FromJson(ReadOnlySpan<byte> json) => FingerprintJson.Read(json);
}
