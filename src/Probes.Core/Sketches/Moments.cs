using System.Text.Json.Serialization;

namespace Probes.Core.Sketches;

/// <summary>
/// Count, mean and sum of squared deviations (Welford), so a grain can fold values one at a time and merge
/// partial results exactly with Chan et al.'s pairwise formula, without ever holding the values.
/// </summary>
public sealed class Moments
{
    public Moments()
    {
    }

    [JsonConstructor]
    public Moments(long count, double mean, double m2)
    {
        if (count < 0 || m2 < 0 || (count == 0 && (mean != 0 || m2 != 0)))
        {
            throw new ArgumentException($"Invalid moments: count {count}, mean {mean}, m2 {m2}.");
        }
        Count = count;
        Mean = mean;
        M2 = m2;
    }

    public long Count { get; private set; }

    public double Mean { get; private set; }

    /// <summary>Sum of squared deviations from the mean.</summary>
    public double M2 { get; private set; }

    /// <summary>Sample variance (n − 1 denominator); zero until there are two values.</summary>
    [JsonIgnore]
    public double Variance => Count > 1 ? M2 / (Count - 1) : 0;

    [JsonIgnore]
    public double StandardDeviation => Math.Sqrt(Variance);

    public void Add(double value)
    {
        Count++;
        var delta = value - Mean;
        Mean += delta / Count;
        M2 += delta * (value - Mean);
    }

    /// <summary>Chan et al. (1979): combines two partial summaries as if every value had been added to one.</summary>
    public void Merge(Moments other)
    {
        if (other.Count == 0) return;
        if (Count == 0)
        {
            (Count, Mean, M2) = (other.Count, other.Mean, other.M2);
            return;
        }
        var count = Count + other.Count;
        var delta = other.Mean - Mean;
        Mean += delta * other.Count / count;
        M2 += other.M2 + delta * delta * ((double)Count * other.Count / count);
        Count = count;
    }

    public Moments Clone() => new(Count, Mean, M2);
}
