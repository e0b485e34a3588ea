using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Probes.Core.Records;

namespace Probes.Storage;

/// <summary>
/// A batch blob's format: gzip-compressed JSON Lines, one <see cref="ProbeRecord"/> per line, camelCase, nulls left out.
/// Analysts read it with zcat and jq as easily as with this codec; response text compresses several-fold.
/// </summary>
public static class RecordBatchCodec
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Blobs are never embedded in HTML, so accented, Cyrillic or CJK text stays readable UTF-8 instead of \u escapes
        // (characters beyond the BMP, emoji among them, are still written as escaped surrogate pairs); quotes, backslashes
        // and control characters (line breaks included) are escaped too, which keeps one record on one line.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Encode(IReadOnlyList<ProbeRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        using (var writer = new Utf8JsonWriter(gzip, new JsonWriterOptions { Encoder = Json.Encoder }))
        {
            foreach (var record in records)
            {
                ArgumentNullException.ThrowIfNull(record, nameof(records));
                JsonSerializer.Serialize(writer, record, Json);
                writer.Flush();
                writer.Reset();
                gzip.WriteByte((byte)'\n');
            }
        }
        return output.ToArray();
    }

    /// <summary>Decodes line by line as the caller enumerates, so a large batch is never held as text all at once.</summary>
    public static IEnumerable<ProbeRecord> Decode(byte[] compressed)
    {
        ArgumentNullException.ThrowIfNull(compressed);
        return DecodeLines(compressed);
    }

    private static IEnumerable<ProbeRecord> DecodeLines(byte[] compressed)
    {
        using var gzip = new GZipStream(new MemoryStream(compressed, writable: false), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            yield return Parse(line, lineNumber);
        }
    }

    private static ProbeRecord Parse(string line, int lineNumber)
    {
        try
        {
            return JsonSerializer.Deserialize<ProbeRecord>(line, Json)
                   ?? throw new InvalidDataException($"Record batch line {lineNumber} is null.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Record batch line {lineNumber} is not a valid record: {e.Message}", e);
        }
    }
}
