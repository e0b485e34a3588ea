using Probes.Core.Fingerprints.Families;

namespace Probes.Core.Fingerprints;

/// <summary>A family's JSON name, its type, and how to create an empty one.</summary>
public sealed record FeatureFamilyKind(string Name, Type Type, Func<IFeatureFamily> Create)
{
    public static FeatureFamilyKind Of<T>(string name) where T : IFeatureFamily, new() => new(name, typeof(T), () => new T());
}

/// <summary>
/// The families of the current schema, in JSON order. Adding a family means adding it here (and bumping
/// <see cref="Fingerprint.SchemaVersion"/>, since older snapshots do not hold its statistics).
/// </summary>
public static class FeatureFamilyCatalog
{
    public static IReadOnlyList<FeatureFamilyKind> Kinds { get; } =
    [
        FeatureFamilyKind.Of<LengthFeatures>("length"),
        FeatureFamilyKind.Of<LexicalFeatures>("lexical"),
        FeatureFamilyKind.Of<AnswerFeatures>("answers"),
        FeatureFamilyKind.Of<IdentityFeatures>("identity"),
        FeatureFamilyKind.Of<FormatFeatures>("format"),
        FeatureFamilyKind.Of<ProbeFeatures>("probes"),
        FeatureFamilyKind.Of<StyleFeatures>("style"),
        FeatureFamilyKind.Of<IdentityClaimFeatures>("identityClaims"),
        FeatureFamilyKind.Of<ServiceFeatures>("service"),
    ];

    internal static IFeatureFamily[] CreateAll()
    {
        var families = new IFeatureFamily[Kinds.Count];
        for (var i = 0; i < families.Length; i++) families[i] = Kinds[i].Create();
        return families;
    }
}
