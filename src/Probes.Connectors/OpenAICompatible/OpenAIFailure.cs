using System.ClientModel;
using Probes.Connectors.Http;
using Probes.Core.Records;

namespace Probes.Connectors.OpenAICompatible;

/// <summary>What the OpenAI SDK throws, as a record error: an HTTP refusal keeps its status, the rest is transport.</summary>
internal static class OpenAIFailure
{
    /// <param name="status">The status the response arrived with, if one did.</param>
    public static RecordError Classify(Exception exception, int? status, AttemptDeadline deadline, string apiKey)
    {
        if (deadline.Expired)
        {
            return ProviderErrors.ForException(exception, deadline, apiKey);
        }
        if (exception is ClientResultException { Status: > 0 } refusal)
        {
            return ProviderErrors.ForStatus(refusal.Status, Detail(refusal), apiKey);
        }
        // The SDK reads every completion field from choices[0]; on a well-formed 2xx answer with an empty choices
        // list that index is the one thing that can be out of range, and the answer simply holds no text.
        if (exception is ArgumentOutOfRangeException && status is >= 200 and < 300)
        {
            return ProviderErrors.Empty("no choices");
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
