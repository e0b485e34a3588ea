namespace Probes.Core.Comparison;

/// <summary>
/// One family's similarity in [0, 1] (1 = indistinguishable on this family) and the features that drive it,
/// most influential first, as short human-readable strings.
/// </summary>
public sealed record FamilyScore(string Family, double Similarity, IReadOnlyList<string> Drivers);
