using System.Text.Json;
using System.Text.Json.Serialization;

namespace Probes.Cli.Output;

/// <summary>The JSON every <c>--json</c> output uses: camelCase, indented, NaN written as a named literal.</summary>
public static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
