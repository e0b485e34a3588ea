namespace Probes.Core.Sketches;

/// <summary>
/// A monitored item: <see cref="Count"/> never underestimates its true frequency and overestimates it by at most
/// <see cref="Error"/>, so <see cref="GuaranteedCount"/> is a lower bound.
/// </summary>
public readonly record struct TopKEntry(string Item, long Count, long Error)
{
    public long GuaranteedCount => Count - Error;
}
