using System.ClientModel;
using Probes.Connectors.Http;
using Probes.Core.Records;

namespace Probes.Connectors.OpenAICompatible;

/// <summary>What the OpenAI SDK throws, as a record error: an HTTP refusal keeps its status, the rest is transport.</summary>
internal static class OpenAIFailure
{
    public static RecordError Classify(Exception exception, AttemptDeadline deadline, string apiKey)
    {
        if (!deadline.Expired && exception is ClientResultException { Status: > 0 } refusal)
        {
            return ProviderErrors.ForStatus(refusal.Status, Detail(refusal), apiKey);
        }
        return ProviderErrors.ForException(exception, deadline, apiKey);
    }

    /// <summary>The provider's own error message when the body has one (<c>{"error":{"message":…}}</c>).</summary>
    private static string Detail(ClientResultException refusal)
    {
        var body = refusal.GetRawResponse()?.Content?.ToString();
        if (body is not null && JsonReading.TryParseObject(body) is { } document)
        {
            using (document)
            {
                if (document.RootElement.Object("error") is { } error && error.String("message") is { } message)
                {
                    return error.String("type") is { } type ? $"{type}: {message}" : message;
                }
            }
        }
        return refusal.Message;
    }
}
