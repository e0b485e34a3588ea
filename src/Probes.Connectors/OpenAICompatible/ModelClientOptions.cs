namespace Probes.Connectors.OpenAICompatible;

/// <summary>
/// Bounds of one call to a model API (section <c>Probes:ModelClient</c>). A call is exactly one HTTP attempt:
/// retries, backoff and the circuit belong to the shard's executor and the target's governor, which see every
/// attempt and every 429 across the cluster.
/// </summary>
public sealed class ModelClientOptions
{
    public const string SectionName = "Probes:ModelClient";

    /// <summary>Name of the HttpClient shared by every provider that calls a model API over HTTP.</summary>
    public const string HttpClientName = "Probes.ModelApi";

    /// <summary>
    /// Limit of one attempt, from sending the request to the last byte of the body: long generations on slow
    /// endpoints take tens of seconds, and a body that trickles in must not hold a shard slot for ever.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Why the options are unusable, or null when they are fine.</summary>
    public string? Problem() => AttemptTimeout.TotalMilliseconds < 10 ? "AttemptTimeout must be at least 10 ms." : null;
}
