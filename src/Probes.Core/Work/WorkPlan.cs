using Probes.Core.ProbeSets;

namespace Probes.Core.Work;

/// <summary>
/// The work items of one target, addressed by index: item i is (probe variant i / samples, sample i % samples).
/// A million-item campaign costs this object and a cursor per shard, not a list.
/// </summary>
public sealed class WorkPlan
{
    private readonly (Probe Probe, int Variant)[] _prompts;

    public WorkPlan(IEnumerable<ProbeSet> probeSets, int samplesPerProbe)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(samplesPerProbe);
        _prompts = probeSets
            .SelectMany(set => set.Probes)
            .SelectMany(probe => probe.Variants.Select((_, variant) => (probe, variant)))
            .ToArray();
        SamplesPerProbe = samplesPerProbe;
    }

    public int SamplesPerProbe { get; }

    public int PromptCount => _prompts.Length;

    public long Count => (long)_prompts.Length * SamplesPerProbe;

    public WorkItem this[long index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var (probe, variant) = _prompts[index / SamplesPerProbe];
            return new WorkItem(index, probe.Id, probe.Family, variant, (int)(index % SamplesPerProbe), probe.Variants[variant]);
        }
    }

    /// <summary>Splits [0, Count) into contiguous ranges of at most <paramref name="shardSize"/> items.</summary>
    public IEnumerable<(int Shard, long Start, long End)> Shards(long shardSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(shardSize);
        var shard = 0;
        for (long start = 0; start < Count; start += shardSize)
        {
            yield return (shard++, start, Math.Min(Count, start + shardSize));
        }
    }
}
