using Probes.Connectors.OpenAICompatible;
using Probes.Core.Records;
using Probes.Core.Specs;
using Probes.Testing;

namespace Probes.Connectors.Tests;

public sealed class OpenAICompatibleReplyTests
{
    private const string Model = "loop-model";

    [Fact]
    public async Task Reply_carries_text_usage_model_and_system_fingerprint()
    {
        await using var server = await LoopbackChatServer.StartAsync();
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(ConnectorTestHost.Target(KnownProviders.OpenAI, Model, server.ApiBaseUrl));
        var sampling = new SamplingSettings(0.7, 50, "Answer in one line.");

        var reply = await client.CompleteAsync(new ModelCall("Why do tides happen?", sampling, 42), CancellationToken.None);

        Assert.Null(reply.Error);
        Assert.Equal(LoopbackChatServer.ReplyFor("Why do tides happen?"), reply.Text);
        Assert.Equal("stop", reply.FinishReason);
        Assert.Equal(LoopbackChatServer.CountTokens("Answer in one line.") + LoopbackChatServer.CountTokens("Why do tides happen?"),
            reply.PromptTokens);
        Assert.Equal(3, reply.CompletionTokens);
        Assert.Equal(LoopbackChatServer.ReturnedModelFor(Model), reply.ReturnedModel);
        Assert.Equal(LoopbackChatServer.SystemFingerprintFor(Model), reply.SystemFingerprint);
        Assert.Equal(LoopbackChatServer.ResponseIdFor(WireFormat.OpenAI, 1), reply.ResponseId);
        Assert.Equal(1, reply.Attempts);
        Assert.True(reply.Latency > TimeSpan.Zero);
    }

    [Fact]
    public async Task A_completion_whose_message_has_no_text_is_empty_with_its_finish_reason()
    {
        const string filtered = """
            {"id":"x","object":"chat.completion","created":1,"model":"m","choices":[
              {"index":0,"message":{"role":"assistant","content":null},"finish_reason":"content_filter"}]}
            """;
        await using var server = await LoopbackChatServer.StartAsync(ChatServerScripts.RespondWith(filtered));
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(ConnectorTestHost.Target(KnownProviders.OpenAI, Model, server.ApiBaseUrl));

        var reply = await client.CompleteAsync(new ModelCall("Hello.", SamplingSettings.Default, 1), CancellationToken.None);

        Assert.Equal(ErrorKinds.Empty, reply.Error?.Kind);
        Assert.Contains("content_filter", reply.Error!.Message, StringComparison.Ordinal);
        Assert.Equal("content_filter", reply.FinishReason);
        Assert.Equal("m", reply.ReturnedModel);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task Request_carries_sampling_settings_and_both_token_limits_for_compatible_hosts()
    {
        await using var server = await LoopbackChatServer.StartAsync();
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(ConnectorTestHost.Target(KnownProviders.OpenAI, Model, server.ApiBaseUrl));

        await client.CompleteAsync(new ModelCall("Name a river.", new SamplingSettings(0.0, 64, null), 7), CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        using var body = request.ParseBody();
        var root = body.RootElement;
        Assert.Equal(Model, root.GetProperty("model").GetString());
        Assert.Equal(0.0, root.GetProperty("temperature").GetDouble());
        Assert.Equal(7, root.GetProperty("seed").GetInt64());
        Assert.Equal(64, root.GetProperty("max_completion_tokens").GetInt32());
        Assert.Equal(64, root.GetProperty("max_tokens").GetInt32());
        var message = Assert.Single(root.GetProperty("messages").EnumerateArray());
        Assert.Equal("user", message.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Token_limit_reached_reports_length()
    {
        await using var server = await LoopbackChatServer.StartAsync();
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(ConnectorTestHost.Target(KnownProviders.OpenAI, Model, server.ApiBaseUrl));

        var reply = await client.CompleteAsync(new ModelCall("Count.", new SamplingSettings(1.0, 2, null), 1), CancellationToken.None);

        Assert.Null(reply.Error);
        Assert.Equal("length", reply.FinishReason);
        Assert.Equal(2, reply.CompletionTokens);
    }

    [Fact]
    public async Task Authorization_header_carries_the_key_from_the_named_variable()
    {
        using var key = new ScopedEnvironmentVariable();
        await using var server = await LoopbackChatServer.StartAsync();
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(ConnectorTestHost.Target(KnownProviders.OpenAI, Model, server.ApiBaseUrl, key.Name));

        var reply = await client.CompleteAsync(new ModelCall("Hello.", SamplingSettings.Default, 1), CancellationToken.None);

        Assert.Null(reply.Error);
        Assert.Equal($"Bearer {key.Value}", Assert.Single(server.Requests).Authorization);
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(key.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_key_variable_a_placeholder_that_is_no_secret_is_sent()
    {
        await using var server = await LoopbackChatServer.StartAsync();
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(ConnectorTestHost.Target(KnownProviders.OpenAI, Model, server.ApiBaseUrl));

        await client.CompleteAsync(new ModelCall("Hello.", SamplingSettings.Default, 1), CancellationToken.None);

        Assert.Equal($"Bearer {OpenAICompatibleProvider.PlaceholderApiKey}", Assert.Single(server.Requests).Authorization);
    }

    [Fact]
    public void A_named_key_variable_that_is_unset_fails_at_creation_naming_only_the_variable()
    {
        using var host = ConnectorTestHost.Create();
        var missing = $"PROBES_TEST_MISSING_{Guid.NewGuid():N}";

        var error = Assert.Throws<InvalidOperationException>(() =>
            host.Factory.Create(ConnectorTestHost.Target(KnownProviders.OpenAI, Model, "http://127.0.0.1:9/v1", missing)));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }
}
