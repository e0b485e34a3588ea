using System.Text.Json;
using System.Text.Json.Serialization;

namespace Probes.Core.Sketches;

/// <summary>
/// {"precision":14,"indices":[…],"ranks":[…]} while at most an eighth of the registers are set (per-batch
/// deltas), else {"precision":14,"registers":"base64"}. The form follows from the content, so equal sketches
/// give equal JSON; reading accepts either.
/// </summary>
internal sealed class HyperLogLogJsonConverter : JsonConverter<HyperLogLog>
{
    public override HyperLogLog Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        try
        {
            var sketch = new HyperLogLog(root.GetProperty("precision").GetInt32());
            if (root.TryGetProperty("registers", out var dense))
            {
                var registers = dense.GetBytesFromBase64();
                if (registers.Length != sketch.RegisterCount) throw new JsonException($"Expected {sketch.RegisterCount} registers, got {registers.Length}.");
                for (var i = 0; i < registers.Length; i++) sketch.SetRegister(i, registers[i]);
                return sketch;
            }
            foreach (var (index, rank) in SparseCounts.Read(root, "indices", "ranks"))
            {
                if (rank <= 0) throw new JsonException($"Sparse register {index} has rank {rank}.");
                sketch.SetRegister(index, (int)Math.Min(rank, int.MaxValue));
            }
            return sketch;
        }
        catch (ArgumentException invalid)
        {
            throw new JsonException($"Invalid HyperLogLog: {invalid.Message}", invalid);
        }
    }

    public override void Write(Utf8JsonWriter writer, HyperLogLog value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("precision", value.Precision);
        var registers = value.Registers;
        var set = registers.Length - registers.Count((byte)0);
        if (set <= registers.Length / 8)
        {
            SparseCounts.Write(writer, "indices", "ranks", NonZero(registers.ToArray()));
        }
        else
        {
            writer.WriteBase64String("registers", registers);
        }
        writer.WriteEndObject();
    }

    private static IEnumerable<KeyValuePair<int, long>> NonZero(byte[] registers)
    {
        for (var i = 0; i < registers.Length; i++)
        {
            if (registers[i] != 0) yield return new KeyValuePair<int, long>(i, registers[i]);
        }
    }
}
