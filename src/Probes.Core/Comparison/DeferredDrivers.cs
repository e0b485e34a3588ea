namespace Probes.Core.Comparison;

/// <summary>
/// A family's drivers, worked out the first time anyone reads them. A matrix of a thousand fingerprints holds half
/// a million pairs, and only the few a reader looks at need their explanations.
/// </summary>
internal sealed class DeferredDrivers(Func<IReadOnlyList<string>> explain) : IReadOnlyList<string>
{
    private readonly Lazy<IReadOnlyList<string>> _drivers = new(explain, LazyThreadSafetyMode.ExecutionAndPublication);

    public int Count => _drivers.Value.Count;

    public string this[int index] => _drivers.Value[index];

    public IEnumerator<string> GetEnumerator() => _drivers.Value.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
