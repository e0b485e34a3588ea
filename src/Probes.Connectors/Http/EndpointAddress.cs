using Probes.Core.Specs;

namespace Probes.Connectors.Http;

/// <summary>Where a target's requests go: its <c>base_url</c> or the provider's public endpoint, plus the API path.</summary>
internal static class EndpointAddress
{
    public static Uri BaseOf(TargetSpec target, Uri defaultBaseUrl) =>
        string.IsNullOrWhiteSpace(target.BaseUrl) ? defaultBaseUrl : new Uri(target.BaseUrl);

    /// <summary>Joins without <see cref="Uri"/>'s relative resolution, which would drop a base path lacking a trailing slash.</summary>
    public static Uri Join(Uri baseUrl, string path) => new($"{baseUrl.AbsoluteUri.TrimEnd('/')}/{path.TrimStart('/')}");
}
