using Microsoft.Extensions.Time.Testing;
using Probes.Core.Records;
using Probes.Testing;

namespace Probes.Connectors.Tests.Faults;

/// <summary>Server errors, hangs, resets and broken bodies: each is one attempt with the right kind, never an exception.</summary>
public sealed class ServerFaultTests
{
    private static readonly TimeSpan _attemptTimeout = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData(KnownProviders.OpenAI, 500)]
    [InlineData(KnownProviders.OpenAI, 502)]
    [InlineData(KnownProviders.OpenAI, 503)]
    [InlineData(KnownProviders.Anthropic, 500)]
    [InlineData(KnownProviders.Anthropic, 502)]
    [InlineData(KnownProviders.Anthropic, 503)]
    [InlineData(KnownProviders.Anthropic, 529)]
    [InlineData(KnownProviders.Gemini, 500)]
    [InlineData(KnownProviders.Gemini, 502)]
    [InlineData(KnownProviders.Gemini, 503)]
    public async Task Server_errors_are_transient_server_faults(string provider, int status)
    {
        var outcome = await FaultRun.OnceAsync(provider, ServerFaults.Status(status));

        var error = outcome.AssertFailedOnce(ErrorKinds.Http, status, transient: true);
        Assert.True(ErrorKinds.IsServerFault(error));
        Assert.Null(outcome.Reply.Text);
    }

    [Fact]
    public async Task Anthropic_overload_is_named_in_the_message()
    {
        var outcome = await FaultRun.OnceAsync(KnownProviders.Anthropic, ServerFaults.Status(529));

        var error = outcome.AssertFailedOnce(ErrorKinds.Http, 529, transient: true);
        Assert.Contains("overloaded_error", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(KnownProviders.OpenAI)]
    [InlineData(KnownProviders.Anthropic)]
    [InlineData(KnownProviders.Gemini)]
    public async Task A_bad_request_is_permanent(string provider)
    {
        var outcome = await FaultRun.OnceAsync(provider, ServerFaults.Status(400));

        var error = outcome.AssertFailedOnce(ErrorKinds.Http, 400, transient: false);
        Assert.False(ErrorKinds.IsServerFault(error));
    }

    [Theory]
    [InlineData(KnownProviders.OpenAI)]
    [InlineData(KnownProviders.Anthropic)]
    [InlineData(KnownProviders.Gemini)]
    public async Task A_hung_request_ends_as_a_timeout(string provider)
    {
        var deadline = new FakeDeadline(_attemptTimeout);

        var outcome = await FaultRun.OnceAsync(provider, ServerFaults.Hang(deadline.Pass), _attemptTimeout, deadline.Clock);

        var error = outcome.AssertFailedOnce(ErrorKinds.Timeout, null, transient: true);
        Assert.True(ErrorKinds.IsServerFault(error));
        Assert.True(outcome.Reply.Rate.IsEmpty);
    }

    [Theory]
    [InlineData(KnownProviders.OpenAI)]
    [InlineData(KnownProviders.Anthropic)]
    [InlineData(KnownProviders.Gemini)]
    public async Task A_connection_reset_before_the_response_is_a_connection_fault(string provider)
    {
        var outcome = await FaultRun.OnceAsync(provider, ServerFaults.ResetConnection());

        var error = outcome.AssertFailedOnce(ErrorKinds.Connection, null, transient: true);
        Assert.True(ErrorKinds.IsServerFault(error));
    }

    [Theory]
    [InlineData(KnownProviders.OpenAI)]
    [InlineData(KnownProviders.Anthropic)]
    [InlineData(KnownProviders.Gemini)]
    public async Task A_connection_reset_in_the_middle_of_the_body_is_a_connection_fault(string provider)
    {
        var outcome = await FaultRun.OnceAsync(provider, ServerFaults.ResetMidBody());

        outcome.AssertFailedOnce(ErrorKinds.Connection, null, transient: true);
    }

    [Theory]
    [InlineData(KnownProviders.OpenAI)]
    [InlineData(KnownProviders.Anthropic)]
    [InlineData(KnownProviders.Gemini)]
    public async Task Malformed_json_is_a_malformed_error(string provider)
    {
        var outcome = await FaultRun.OnceAsync(provider, ServerFaults.MalformedJson());

        outcome.AssertFailedOnce(ErrorKinds.Malformed, null, transient: true);
    }

    [Theory]
    [InlineData(KnownProviders.OpenAI)]
    [InlineData(KnownProviders.Anthropic)]
    [InlineData(KnownProviders.Gemini)]
    public async Task An_answer_without_text_is_empty(string provider)
    {
        var outcome = await FaultRun.OnceAsync(provider, ServerFaults.EmptyAnswer());

        outcome.AssertFailedOnce(ErrorKinds.Empty, null, transient: true);
        Assert.Null(outcome.Reply.Text);
    }

    [Fact]
    public async Task A_blocked_gemini_prompt_is_empty_with_the_reason()
    {
        var outcome = await FaultRun.OnceAsync(KnownProviders.Gemini, ServerFaults.GeminiBlocked("SAFETY"));

        var error = outcome.AssertFailedOnce(ErrorKinds.Empty, null, transient: true);
        Assert.Contains("SAFETY", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(KnownProviders.OpenAI)]
    [InlineData(KnownProviders.Anthropic)]
    [InlineData(KnownProviders.Gemini)]
    public async Task A_slow_body_within_the_attempt_timeout_succeeds(string provider)
    {
        var outcome = await FaultRun.OnceAsync(provider, ServerFaults.SlowBody(4, TimeSpan.FromMilliseconds(50)));

        Assert.Null(outcome.Reply.Error);
        Assert.Equal(LoopbackChatServer.ReplyFor(FaultRun.Call.Prompt), outcome.Reply.Text);
        outcome.AssertOneAttemptWithoutKey();
    }

    [Theory]
    [InlineData(KnownProviders.OpenAI)]
    [InlineData(KnownProviders.Anthropic)]
    [InlineData(KnownProviders.Gemini)]
    public async Task A_slow_body_beyond_the_attempt_timeout_is_a_timeout(string provider)
    {
        var deadline = new FakeDeadline(_attemptTimeout);

        var outcome = await FaultRun.OnceAsync(provider, ServerFaults.SlowBody(40, TimeSpan.FromMilliseconds(200), deadline.Pass),
            _attemptTimeout, deadline.Clock);

        outcome.AssertFailedOnce(ErrorKinds.Timeout, null, transient: true);
    }

    /// <summary>
    /// The attempt deadline on a fake clock that the server moves past it only once the fault is under way, so how
    /// long a busy machine takes to deliver the request cannot decide whether the deadline fell before it arrived.
    /// </summary>
    private sealed class FakeDeadline(TimeSpan timeout)
    {
        public FakeTimeProvider Clock { get; } = new();

        public void Pass() => Clock.Advance(timeout + TimeSpan.FromMilliseconds(1));
    }
}
