using Probes.Core.Specs;
using Probes.Testing;

namespace Probes.Connectors.Tests;

/// <summary>Successful calls to the Anthropic and Gemini wire formats: what is sent and what comes back.</summary>
public sealed class NativeProviderReplyTests
{
    private const string Model = "loop-model";
    private const string Prompt = "Why do tides happen?";
    private const string System = "Answer in one line.";

    [Theory]
    [InlineData(KnownProviders.Anthropic, "msg_loopback_1")]
    [InlineData(KnownProviders.Gemini, "loopback-response-1")]
    public async Task Reply_carries_text_finish_reason_usage_model_and_response_id(string provider, string responseId)
    {
        await using var server = await LoopbackChatServer.StartAsync();
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(ConnectorTestHost.Target(provider, Model, server.RootUrl));

        var reply = await client.CompleteAsync(new ModelCall(Prompt, new SamplingSettings(0.7, 50, System), 42), CancellationToken.None);

        Assert.Null(reply.Error);
        Assert.Equal(LoopbackChatServer.ReplyFor(Prompt), reply.Text);
        Assert.Equal(FinishReasons.Stop, reply.FinishReason);
        Assert.Equal(LoopbackChatServer.CountTokens(System) + LoopbackChatServer.CountTokens(Prompt), reply.PromptTokens);
        Assert.Equal(3, reply.CompletionTokens);
        Assert.Equal(LoopbackChatServer.ReturnedModelFor(Model), reply.ReturnedModel);
        Assert.Equal(responseId, reply.ResponseId);
        Assert.Null(reply.SystemFingerprint);
        Assert.Equal(1, reply.Attempts);
        Assert.True(reply.Latency > TimeSpan.Zero);
        Assert.Equal(1, server.RequestCount);
    }

    [Theory]
    [InlineData(KnownProviders.Anthropic)]
    [InlineData(KnownProviders.Gemini)]
    public async Task Token_limit_reached_reports_length(string provider)
    {
        await using var server = await LoopbackChatServer.StartAsync();
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(ConnectorTestHost.Target(provider, Model, server.RootUrl));

        var reply = await client.CompleteAsync(new ModelCall("Count.", new SamplingSettings(1.0, 2, null), 1), CancellationToken.None);

        Assert.Null(reply.Error);
        Assert.Equal(FinishReasons.Length, reply.FinishReason);
        Assert.Equal(2, reply.CompletionTokens);
    }

    [Fact]
    public async Task Anthropic_request_has_the_messages_shape_and_headers()
    {
        using var key = new ScopedEnvironmentVariable();
        await using var server = await LoopbackChatServer.StartAsync();
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(ConnectorTestHost.Target(KnownProviders.Anthropic, Model, server.RootUrl, key.Name));

        await client.CompleteAsync(new ModelCall(Prompt, new SamplingSettings(0.0, 64, System), 7), CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/messages", request.Path);
        Assert.Equal(key.Value, request.Header("x-api-key"));
        Assert.Equal(AnthropicVersion, request.Header("anthropic-version"));
        Assert.Null(request.Authorization);
        using var body = request.ParseBody();
        var root = body.RootElement;
        Assert.Equal(Model, root.GetProperty("model").GetString());
        Assert.Equal(64, root.GetProperty("max_tokens").GetInt32());
        Assert.Equal(0.0, root.GetProperty("temperature").GetDouble());
        Assert.Equal(System, root.GetProperty("system").GetString());
        var message = Assert.Single(root.GetProperty("messages").EnumerateArray());
        Assert.Equal("user", message.GetProperty("role").GetString());
        Assert.Equal(Prompt, message.GetProperty("content").GetString());
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(key.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Anthropic_without_a_token_limit_still_sends_the_required_max_tokens()
    {
        await using var server = await LoopbackChatServer.StartAsync();
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(ConnectorTestHost.Target(KnownProviders.Anthropic, Model, server.RootUrl));

        await client.CompleteAsync(new ModelCall(Prompt, new SamplingSettings(1.0, 0, null), 7), CancellationToken.None);

        using var body = Assert.Single(server.Requests).ParseBody();
        Assert.True(body.RootElement.GetProperty("max_tokens").GetInt32() > 0);
        Assert.False(body.RootElement.TryGetProperty("system", out _));
    }

    [Fact]
    public async Task Gemini_request_has_the_generate_content_shape_and_key_header()
    {
        using var key = new ScopedEnvironmentVariable();
        await using var server = await LoopbackChatServer.StartAsync();
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(ConnectorTestHost.Target(KnownProviders.Gemini, $"models/{Model}", server.RootUrl, key.Name));

        await client.CompleteAsync(new ModelCall(Prompt, new SamplingSettings(0.3, 64, System), 7), CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal($"/v1beta/models/{Model}:generateContent", request.Path);
        Assert.Equal(key.Value, request.Header("x-goog-api-key"));
        Assert.DoesNotContain(key.Value, request.Path, StringComparison.Ordinal);
        using var body = request.ParseBody();
        var root = body.RootElement;
        var content = Assert.Single(root.GetProperty("contents").EnumerateArray());
        Assert.Equal("user", content.GetProperty("role").GetString());
        Assert.Equal(Prompt, Assert.Single(content.GetProperty("parts").EnumerateArray()).GetProperty("text").GetString());
        Assert.Equal(System, Assert.Single(root.GetProperty("systemInstruction").GetProperty("parts").EnumerateArray())
            .GetProperty("text").GetString());
        var generation = root.GetProperty("generationConfig");
        Assert.Equal(0.3, generation.GetProperty("temperature").GetDouble(), 6);
        Assert.Equal(64, generation.GetProperty("maxOutputTokens").GetInt32());
        Assert.Equal(7, generation.GetProperty("seed").GetInt32());
    }

    [Theory]
    [InlineData("end_turn", FinishReasons.Stop)]
    [InlineData("max_tokens", FinishReasons.Length)]
    [InlineData("refusal", FinishReasons.ContentFilter)]
    [InlineData("something_new", "something_new")]
    public void Anthropic_stop_reasons_map_onto_one_vocabulary(string stopReason, string expected) =>
        Assert.Equal(expected, FinishReasons.FromAnthropic(stopReason));

    [Theory]
    [InlineData("STOP", FinishReasons.Stop)]
    [InlineData("MAX_TOKENS", FinishReasons.Length)]
    [InlineData("SAFETY", FinishReasons.ContentFilter)]
    [InlineData("LANGUAGE", "language")]
    public void Gemini_finish_reasons_map_onto_one_vocabulary(string finishReason, string expected) =>
        Assert.Equal(expected, FinishReasons.FromGemini(finishReason));

    private const string AnthropicVersion = "2023-06-01";
}
