using Probes.Core.Specs;

namespace Probes.Connectors;

/// <summary>
/// Sends one prompt to one model endpoint as exactly one HTTP attempt, and never throws for a provider fault: a
/// failed attempt comes back as a <see cref="ModelReply"/> with an error and the provider's <see cref="ModelReply.Rate"/>
/// signal. Retries belong to the shard's executor, so that every attempt, retries included, holds a permit from the
/// target's cluster-wide governor and the governor sees every 429.
/// </summary>
public interface IModelClient
{
    Task<ModelReply> CompleteAsync(ModelCall call, CancellationToken cancellationToken);
}

/// <summary>
/// One call. <see cref="Seed"/> is stable per work item and campaign, so simulated models are reproducible
/// while two campaigns still draw independent samples. <see cref="ProbeId"/> is the work item's probe: live endpoints
/// never see it, but a replay needs it where two recorded prompts share one text.
/// </summary>
public sealed record ModelCall(string Prompt, SamplingSettings Sampling, ulong Seed, string? ProbeId = null);
