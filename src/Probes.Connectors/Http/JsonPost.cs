using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Probes.Connectors.Http;

/// <summary>
/// The request every HTTP-native provider sends: a JSON body, a JSON answer asked for, and the key in a header of
/// the provider's naming (a header, never the query string: URLs end up in logs and traces, headers are redacted).
/// </summary>
internal static class JsonPost
{
    public static HttpRequestMessage Create(Uri address, JsonObject body, string keyHeader, string apiKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, address)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation(keyHeader, apiKey);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }
}
