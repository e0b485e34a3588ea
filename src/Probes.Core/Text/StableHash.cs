using System.Numerics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Probes.Core.Text;

/// <summary>
/// Hashes that must be equal across processes and runs (string.GetHashCode is randomised per process):
/// prompt hashes in records, sampling keys in blob names, feature-hashing buckets.
/// </summary>
public static class StableHash
{
    /// <summary>Short hex digest for names and keys.</summary>
    public static string Hex(string text, int bytes = 8)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        return Convert.ToHexStringLower(digest[..bytes]);
    }

    /// <summary>The FNV-1a 64-bit offset basis: the starting state of <see cref="Fnv64"/>.</summary>
    public const ulong FnvOffset = 14695981039346656037UL;

    /// <summary>64-bit FNV-1a over UTF-16 code units: fast, stable, good enough for hashing features into buckets.</summary>
    public static ulong Fnv64(ReadOnlySpan<char> text, ulong seed = FnvOffset)
    {
        var hash = seed;
        foreach (var c in text) hash = FnvStep(hash, c);
        return hash;
    }

    /// <summary>One FNV-1a step, for callers that transform characters while they hash (e.g. lower-casing).</summary>
    public static ulong FnvStep(ulong hash, char c) => (hash ^ c) * 1099511628211UL;

    /// <summary>
    /// A fast 64-bit hash of a whole text, four UTF-16 units per multiply-rotate step: tells whether two responses
    /// are the same text (greedy determinism) at a fraction of a per-character hash's cost. Each block is the
    /// value u0 + u1·2^16 + u2·2^32 + u3·2^48 whatever the platform's byte order, so hashes are stable everywhere.
    /// </summary>
    public static ulong OfText(ReadOnlySpan<char> text)
    {
        var hash = (ulong)text.Length * 0x9E3779B97F4A7C15UL;
        var blocks = MemoryMarshal.Cast<char, ulong>(text);
        for (var i = 0; i < blocks.Length; i++)
        {
            var word = BitConverter.IsLittleEndian ? blocks[i] : WordAt(text, 4 * i);
            hash = BitOperations.RotateLeft(hash ^ (word * 0xC2B2AE3D27D4EB4FUL), 31) * 0x9E3779B97F4A7C15UL;
        }
        foreach (var c in text[(blocks.Length * 4)..]) hash = BitOperations.RotateLeft(hash ^ (c * 0xC2B2AE3D27D4EB4FUL), 31) * 0x9E3779B97F4A7C15UL;
        return Mix(hash);
    }

    private static ulong WordAt(ReadOnlySpan<char> text, int start) =>
        text[start] | ((ulong)text[start + 1] << 16) | ((ulong)text[start + 2] << 32) | ((ulong)text[start + 3] << 48);

    /// <summary>A finaliser (SplitMix64) that spreads FNV output so low bits are usable as bucket indices.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30; x *= 0xbf58476d1ce4e5b9UL;
        x ^= x >> 27; x *= 0x94d049bb133111ebUL;
        return x ^ (x >> 31);
    }
}
