namespace Probes.Core.Fingerprints;

/// <summary>
/// One group of mergeable statistics inside a fingerprint (lengths, n-grams, answers, …). A family folds samples
/// one at a time and merges with another instance of itself so that merging equals folding the union; its
/// public properties are its JSON form. New families are added to <see cref="FeatureFamilyCatalog"/>.
/// </summary>
public interface IFeatureFamily
{
    void Add(ResponseSample sample);

    void Merge(IFeatureFamily other);
}

/// <summary>Gives each family a typed <see cref="Merge(TSelf)"/> while the fingerprint handles them uniformly.</summary>
public abstract class FeatureFamily<TSelf> : IFeatureFamily where TSelf : FeatureFamily<TSelf>
{
    public abstract void Add(ResponseSample sample);

    public abstract void Merge(TSelf other);

    void IFeatureFamily.Merge(IFeatureFamily other) => Merge(other as TSelf
        ?? throw new InvalidOperationException($"Cannot merge {other.GetType().Name} into {typeof(TSelf).Name}."));
}
