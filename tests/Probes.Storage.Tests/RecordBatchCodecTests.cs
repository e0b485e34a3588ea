using System.IO.Compression;
using System.Text;
using Probes.Core.Records;

namespace Probes.Storage.Tests;

public sealed class RecordBatchCodecTests
{
    [Fact]
    public void Round_trips_successes_and_failures()
    {
        ProbeRecord[] batch = [SampleRecords.Success(0), SampleRecords.Failure(1), SampleRecords.Success(2, "Lyon?")];

        var decoded = RecordBatchCodec.Decode(RecordBatchCodec.Encode(batch)).ToList();

        Assert.Equal(batch, decoded);
        Assert.False(decoded[1].Succeeded);
        Assert.Equal(429, decoded[1].Error!.Status);
    }

    [Theory]
    [InlineData("Je suis un modèle de langage — «bonjour» ! 😀")]
    [InlineData("我是一个大型语言模型。")]
    [InlineData("مرحبا بالعالم")]
    [InlineData("line one\nline two\r\n\ttabbed \"quoted\" \\ backslash")]
    [InlineData("<script>alert('&')</script> \u2028 \u2029 \u0000 end")]
    [InlineData("👩‍👩‍👧‍👦 family emoji and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢")]
    public void Round_trips_any_response_text(string response)
    {
        var record = SampleRecords.Success(7, response) with { Prompt = response };

        var decoded = Assert.Single(RecordBatchCodec.Decode(RecordBatchCodec.Encode([record])));

        Assert.Equal(record, decoded);
    }

    [Fact]
    public void Writes_gzip_json_lines_in_camel_case_without_nulls()
    {
        ProbeRecord[] batch = [SampleRecords.Success(0, "a\nb"), SampleRecords.Failure(1)];

        var lines = Decompress(RecordBatchCodec.Encode(batch)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, lines.Length);
        Assert.StartsWith("{\"campaignId\":\"c1\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"response\":\"a\\nb\"", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("\"error\"", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("null", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"error\":{\"kind\":\"http\",\"status\":429", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_non_ascii_text_readable_in_the_blob()
    {
        var encoded = RecordBatchCodec.Encode([SampleRecords.Success(0, "größer, 你好, привет")]);

        Assert.Contains("größer, 你好, привет", Decompress(encoded), StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_surrogate_in_a_reply_does_not_stop_the_batch()
    {
        var record = SampleRecords.Success(0, "cut in half: \ud83d");

        var decoded = Assert.Single(RecordBatchCodec.Decode(RecordBatchCodec.Encode([record])));

        Assert.StartsWith("cut in half: ", decoded.Response, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_batch_round_trips_to_no_records()
    {
        Assert.Empty(RecordBatchCodec.Decode(RecordBatchCodec.Encode([])));
    }

    [Fact]
    public void Compresses_repetitive_text()
    {
        var batch = Enumerable.Range(0, 200).Select(i => SampleRecords.Success(i)).ToList();

        var encoded = RecordBatchCodec.Encode(batch);

        Assert.True(encoded.Length * 5 < Encoding.UTF8.GetByteCount(Decompress(encoded)));
    }

    [Fact]
    public void Decodes_lines_written_by_other_tools()
    {
        var text = "{\"campaignId\":\"c\",\"targetId\":\"t\",\"itemIndex\":3,\"probeId\":\"p\",\"family\":\"f\"," +
                   "\"variant\":1,\"sample\":2,\"prompt\":\"q\",\"promptHash\":\"h\",\"temperature\":0.5," +
                   "\"maxTokens\":9,\"response\":\"r\",\"futureField\":[1,2]}\n\n";

        var record = Assert.Single(RecordBatchCodec.Decode(Compress(text)));

        Assert.Equal(3, record.ItemIndex);
        Assert.Equal("r", record.Response);
        Assert.Null(record.FinishReason);
    }

    [Fact]
    public void Reports_the_line_of_a_corrupt_record()
    {
        var valid = Decompress(RecordBatchCodec.Encode([SampleRecords.Success(0)]));

        var error = Assert.Throws<InvalidDataException>(() =>
            RecordBatchCodec.Decode(Compress(valid + "{not json\n")).ToList());

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    private static string Decompress(byte[] compressed)
    {
        using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static byte[] Compress(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }
        return output.ToArray();
    }
}
