namespace Probes.Testing;

/// <summary>One request as a scripted fault sees it: its number, wire format, recorded content and the server's stop signal.</summary>
internal sealed record LoopbackExchange(int Number, WireFormat Format, RecordedChatRequest Request, CancellationToken ServerStopping)
{
    private ChatCompletionRequest Parsed => ChatCompletionRequest.Parse(Format, Request.Path, Request.Body);

    /// <summary>The answer the server gives when nothing intervenes.</summary>
    public string SuccessBody() => LoopbackReplies.Success(Format, Parsed, Number);

    public string EmptyBody(string? blockReason = null) => LoopbackReplies.Empty(Format, Parsed, Number, blockReason);

    public string ErrorBody(int status, string? retryDelay = null) => LoopbackReplies.Error(Format, status, retryDelay);
}
