using Probes.Core.Text;

namespace Probes.Connectors.Simulated;

/// <summary>
/// A SplitMix64 stream: tiny, fast and fully determined by its seed, so a simulated reply is a pure function
/// of (model, prompt, seed) on every machine and in every process.
/// </summary>
internal struct HashStream(ulong seed)
{
    private const ulong GoldenGamma = 0x9E3779B97F4A7C15UL;
    private ulong _state = seed;

    public ulong Next()
    {
        _state += GoldenGamma;
        return StableHash.Mix(_state);
    }

    /// <summary>Uniform on [0, 1) with 53 bits of precision.</summary>
    public double NextUnit() => ToUnit(Next());

    public double NextNormal() => ToNormal(Next());

    public static double ToUnit(ulong bits) => (bits >> 11) * (1.0 / (1UL << 53));

    /// <summary>
    /// Approximately standard normal from one 64-bit hash (Irwin–Hall sum of four 16-bit uniforms).
    /// Good enough for preference noise and much cheaper than Box–Muller in the inner sampling loop.
    /// </summary>
    public static double ToNormal(ulong bits)
    {
        var sum = (bits & 0xFFFF) + ((bits >> 16) & 0xFFFF) + ((bits >> 32) & 0xFFFF) + (bits >> 48);
        return (sum / 65536.0 - 2.0) * 1.7320508075688772;
    }
}
