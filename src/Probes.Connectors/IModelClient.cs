using Probes.Core.Specs;

namespace Probes.Connectors;

/// <summary>
/// Sends one prompt to one model endpoint. Implementations own their retries and never throw for a provider
/// fault: a call that fails after its retries comes back as a <see cref="ModelReply"/> with an error,
/// so the caller can record it instead of losing the item.
/// </summary>
public interface IModelClient
{
    Task<ModelReply> CompleteAsync(ModelCall call, CancellationToken cancellationToken);
}

/// <summary>
/// One call. <see cref="Seed"/> is stable per work item and campaign, so simulated models are reproducible
/// while two campaigns still draw independent samples.
/// </summary>
public sealed record ModelCall(string Prompt, SamplingSettings Sampling, ulong Seed);
