using Microsoft.Extensions.Options;
using Probes.Connectors.Http;
using Probes.Connectors.OpenAICompatible;
using Probes.Connectors.Replay;
using Probes.Connectors.Simulated;
using Probes.Core.Specs;

namespace Probes.Connectors;

/// <summary>Builds a target's client from its provider name. Configuration errors throw here, before any call.</summary>
public sealed class ModelClientFactory(
    OpenAICompatibleProvider openAICompatible,
    NativeProviders native,
    IOptions<SimulatedOptions> simulatedOptions,
    ReplayRecordings recordings,
    TimeProvider timeProvider) : IModelClientFactory
{
    public IModelClient Create(TargetSpec target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Provider.ToLowerInvariant() switch
        {
            KnownProviders.OpenAI => openAICompatible.Create(target),
            KnownProviders.Anthropic => native.Anthropic(target),
            KnownProviders.Gemini => native.Gemini(target),
            KnownProviders.Simulated => new SimulatedModelClient(
                SimulatedFamily.Standard.Get(target.Model), simulatedOptions.Value, timeProvider),
            KnownProviders.Replay => new ReplayModelClient(
                recordings.Get(target.Dataset ?? throw new ArgumentException(
                    $"Target '{target.Id}' replays a recording but names no dataset folder.", nameof(target))),
                target.Model),
            _ => throw new ArgumentException(
                $"Target '{target.Id}' uses unknown provider '{target.Provider}'. " +
                $"Known providers: {string.Join(", ", KnownProviders.All.Order(StringComparer.Ordinal))}.",
                nameof(target)),
        };
    }
}
