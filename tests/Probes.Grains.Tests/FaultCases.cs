using Probes.Connectors;
using Probes.Core.Records;
using Probes.Testing;

namespace Probes.Grains.Tests;

/// <summary>
/// One fault of the matrix: the provider whose wire format carries it, how the server writes it (built when the case
/// runs, as some faults name an absolute time), the error an attempt meeting it ends with, and, for a rate limit,
/// the earliest a retry may follow a request that met it. <see cref="Lasting"/> says whether the case also runs as a
/// fault that never passes.
/// </summary>
internal sealed record FaultCase(
    string Provider,
    Func<DateTimeOffset, ServerFault> Build,
    string? Kind,
    int? Status = null,
    Func<RecordedChatRequest, DateTimeOffset, DateTimeOffset>? EarliestRetry = null,
    bool Lasting = true)
{
    /// <summary>Whether an attempt meeting the fault fails (a slow body within the attempt timeout does not).</summary>
    public bool Fails => Kind is not null;
}

/// <summary>Every fault the loopback server can inject, by a readable name (theory data stays serializable).</summary>
internal static class FaultCases
{
    public static readonly IReadOnlyDictionary<string, FaultCase> All = new Dictionary<string, FaultCase>
    {
        // Whole seconds are the least Retry-After can say; while a 429 lasts, the governor's pause lets retries through
        // about one per wait, so the lasting run would take half a minute to show what retry-after-ms already shows.
        ["429 Retry-After seconds"] = Throttled(
            KnownProviders.OpenAI, _ => ServerFaults.RetryAfterSeconds(1), After(TimeSpan.FromSeconds(1))) with { Lasting = false },
        ["429 Retry-After date"] = Throttled(
            KnownProviders.OpenAI, start => ServerFaults.RetryAfterDate(NamedTime(start)), (_, start) => NamedTime(start)),
        ["429 retry-after-ms"] = Throttled(
            KnownProviders.OpenAI, _ => ServerFaults.RetryAfterMilliseconds(400), After(TimeSpan.FromMilliseconds(400))),
        ["429 x-ratelimit-reset-requests"] = Throttled(
            KnownProviders.OpenAI, _ => ServerFaults.OpenAIRequestsReset("500ms"), After(TimeSpan.FromMilliseconds(500))),
        ["429 anthropic requests reset"] = Throttled(
            KnownProviders.Anthropic, start => ServerFaults.AnthropicRequestsReset(NamedTime(start)), (_, start) => NamedTime(start)),
        ["429 gemini RetryInfo"] = Throttled(
            KnownProviders.Gemini, _ => ServerFaults.GeminiRetryInfo("0.5s"), After(TimeSpan.FromMilliseconds(500))),
        ["500"] = ServerError(KnownProviders.OpenAI, 500),
        ["502"] = ServerError(KnownProviders.OpenAI, 502),
        ["503"] = ServerError(KnownProviders.OpenAI, 503),
        ["529 anthropic overloaded"] = ServerError(KnownProviders.Anthropic, 529),
        ["hung request"] = new(KnownProviders.OpenAI, _ => ServerFaults.Hang(), ErrorKinds.Timeout),
        ["connection reset"] = new(KnownProviders.OpenAI, _ => ServerFaults.ResetConnection(), ErrorKinds.Connection),
        ["reset mid-body"] = new(KnownProviders.OpenAI, _ => ServerFaults.ResetMidBody(), ErrorKinds.Connection),
        ["malformed JSON"] = new(KnownProviders.OpenAI, _ => ServerFaults.MalformedJson(), ErrorKinds.Malformed),
        ["empty choices"] = new(KnownProviders.OpenAI, _ => ServerFaults.EmptyAnswer(), ErrorKinds.Empty),
        ["no candidates"] = new(KnownProviders.Gemini, _ => ServerFaults.EmptyAnswer(), ErrorKinds.Empty),
        ["empty content"] = new(KnownProviders.Anthropic, _ => ServerFaults.EmptyAnswer(), ErrorKinds.Empty),
        ["slow body within the attempt timeout"] = new(
            KnownProviders.OpenAI, _ => ServerFaults.SlowBody(3, FaultClusterFixture.AttemptTimeout / 20), null),
        ["slow body beyond the attempt timeout"] = new(
            KnownProviders.OpenAI, _ => ServerFaults.SlowBody(10, FaultClusterFixture.AttemptTimeout / 4), ErrorKinds.Timeout),
    };

    public static IEnumerable<object[]> Names(Func<FaultCase, bool> which) =>
        All.Where(pair => which(pair.Value)).Select(pair => new object[] { pair.Key });

    /// <summary>
    /// An absolute time a header names, whole seconds as HTTP dates and Anthropic's timestamps carry: one to two
    /// seconds after the case starts, so the first faulted attempts wait on it and later ones find it passed.
    /// </summary>
    private static DateTimeOffset NamedTime(DateTimeOffset start) =>
        DateTimeOffset.FromUnixTimeSeconds(start.ToUnixTimeSeconds() + 2);

    private static Func<RecordedChatRequest, DateTimeOffset, DateTimeOffset> After(TimeSpan wait) =>
        (faulted, _) => faulted.ReceivedAt + wait;

    private static FaultCase Throttled(
        string provider, Func<DateTimeOffset, ServerFault> build, Func<RecordedChatRequest, DateTimeOffset, DateTimeOffset> earliest) =>
        new(provider, build, ErrorKinds.RateLimited, 429, earliest);

    private static FaultCase ServerError(string provider, int status) =>
        new(provider, _ => ServerFaults.Status(status), ErrorKinds.Http, status);
}
