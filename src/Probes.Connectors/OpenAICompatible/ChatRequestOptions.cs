using Microsoft.Extensions.AI;
using OpenAI.Chat;

namespace Probes.Connectors.OpenAICompatible;

/// <summary>The decoding settings of one call, in the shape the OpenAI-compatible request expects.</summary>
internal static class ChatRequestOptions
{
    public static ChatOptions For(ModelCall call, bool sendLegacyMaxTokens)
    {
        var options = new ChatOptions
        {
            Temperature = (float)call.Sampling.Temperature,
            MaxOutputTokens = call.Sampling.MaxTokens > 0 ? call.Sampling.MaxTokens : null,
            // Many servers keep the seed in a 32-bit integer; the low 31 bits keep it valid everywhere while
            // still giving each work item its own reproducible draw where the server honours seeds.
            Seed = (long)(call.Seed & 0x7FFF_FFFF),
        };
        if (sendLegacyMaxTokens && options.MaxOutputTokens is { } maxTokens)
        {
            options.RawRepresentationFactory = _ => WithLegacyMaxTokens(maxTokens);
        }
        return options;
    }

    /// <summary>
    /// The SDK sends only <c>max_completion_tokens</c>; several compatible servers (DeepSeek, older vLLM and Ollama)
    /// read only <c>max_tokens</c>, and would otherwise generate without a budget. OpenAI itself rejects
    /// <c>max_tokens</c> for reasoning models, so this is used for other hosts only.
    /// </summary>
    private static ChatCompletionOptions WithLegacyMaxTokens(int maxTokens)
    {
        var options = new ChatCompletionOptions();
#pragma warning disable SCME0001 // JsonPatch is the SDK's way to add a field it does not model.
        options.Patch.Set("$.max_tokens"u8, maxTokens);
#pragma warning restore SCME0001
        return options;
    }
}
