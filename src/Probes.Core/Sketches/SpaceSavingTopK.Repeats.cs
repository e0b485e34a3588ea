namespace Probes.Core.Sketches;

/// <summary>The hash of an item added by name again and again.</summary>
public sealed partial class SpaceSavingTopK
{
    /// <summary>
    /// <see cref="HashOf"/>, kept for the last item: sketches counted by name (returned model, system fingerprint,
    /// finish reason) see the same value on nearly every reply of a target, each time in a new string. Comparing
    /// it with the last one is a vectorised equality test; hashing it again is a chain of dependent multiplies,
    /// one per character.
    /// </summary>
    private ulong HashOfRepeated(string item)
    {
        if (string.Equals(item, _lastItem, StringComparison.Ordinal)) return _lastHash;
        var hash = HashOf(item);
        (_lastItem, _lastHash) = (item, hash);
        return hash;
    }
}
