namespace Probes.Core.Work;

/// <summary>One call to make: item <see cref="Index"/> of a target's plan, derived from the spec, never stored.</summary>
public sealed record WorkItem(long Index, string ProbeId, string Family, int Variant, int Sample, string Prompt);
