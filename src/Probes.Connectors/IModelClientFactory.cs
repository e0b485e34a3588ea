using Probes.Core.Specs;

namespace Probes.Connectors;

/// <summary>Builds the client for a target from its provider name; resolves the API key from the named variable.</summary>
public interface IModelClientFactory
{
    IModelClient Create(TargetSpec target);
}
