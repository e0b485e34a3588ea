using System.Text;
using Probes.Connectors.Simulated;
using Probes.Core.Fingerprints;
using Probes.Core.ProbeSets;
using Probes.Core.Records;
using Probes.Core.Specs;
using Probes.Core.Text;

namespace Probes.Benchmarks.Corpus;

/// <summary>
/// Records as a campaign would store them: every prompt of the built-in <c>core</c> probe set answered by
/// simulated models, round after round with fresh seeds. The generator is deterministic, so every run (and
/// every BenchmarkDotNet child process) sees the same text and the same byte count.
/// </summary>
public sealed class ResponseCorpus
{
    /// <summary>Far above any simulated reply, so no reply is cut short and replies keep all their paragraphs.</summary>
    public static SamplingSettings Sampling { get; } = new(1.0, 4096, null);

    /// <summary>Size of the standard corpus: a few MB, enough that one pass dwarfs per-call overheads.</summary>
    public const long StandardUtf8Bytes = 4_000_000;

    private static readonly Lazy<ResponseCorpus> _standard =
        new(() => Generate(SimulatedFamily.Standard.ModelNames, StandardUtf8Bytes));

    private ResponseCorpus(IReadOnlyList<ProbeRecord> records)
    {
        Records = records;
        Utf8Bytes = records.Sum(record => (long)Encoding.UTF8.GetByteCount(record.Response!));
    }

    /// <summary>Every model of the simulated family, at least <see cref="StandardUtf8Bytes"/> of reply text.</summary>
    public static ResponseCorpus Standard => _standard.Value;

    public IReadOnlyList<ProbeRecord> Records { get; }

    /// <summary>UTF-8 size of the raw response texts: the unit of every MB/s figure.</summary>
    public long Utf8Bytes { get; }

    public static ProbeSet ProbeSet { get; } = BuiltInProbeSets.Find("core")
        ?? throw new InvalidOperationException("The built-in probe set 'core' is missing.");

    /// <summary>Every variant of every probe, in probe-set order.</summary>
    public static IReadOnlyList<(Probe Probe, int Variant)> Prompts { get; } =
        ProbeSet.Probes.SelectMany(probe => probe.Variants.Select((_, variant) => (probe, variant))).ToArray();

    public static FingerprintKey KeyFor(string targetId) =>
        new(targetId, ProbeSet.Key, SamplingKey.Of(Sampling));

    /// <summary>Rounds over all prompts, each round answered by every named model, until the text reaches the size.</summary>
    public static ResponseCorpus Generate(IReadOnlyList<string> modelNames, long minimumUtf8Bytes)
    {
        var records = new List<ProbeRecord>();
        var bytes = 0L;
        for (var round = 0; bytes < minimumUtf8Bytes; round++)
        {
            foreach (var modelName in modelNames)
            {
                for (var prompt = 0; prompt < Prompts.Count; prompt++)
                {
                    var record = Answer(modelName, prompt, round, records.Count);
                    bytes += Encoding.UTF8.GetByteCount(record.Response!);
                    records.Add(record);
                }
            }
        }
        return new ResponseCorpus(records);
    }

    /// <summary>One reply of the named model to one prompt; the seed depends on the round and the record's index.</summary>
    public static ProbeRecord Answer(string modelName, int promptIndex, int round, long itemIndex)
    {
        var (probe, variant) = Prompts[promptIndex];
        var prompt = probe.Variants[variant];
        var model = SimulatedFamily.Standard.Get(modelName);
        var completion = model.Complete(prompt, Sampling, StableHash.Mix((ulong)itemIndex ^ ((ulong)round << 40)));
        return new ProbeRecord
        {
            CampaignId = "benchmark",
            TargetId = modelName,
            ItemIndex = itemIndex,
            ProbeId = probe.Id,
            Family = probe.Family,
            Variant = variant,
            Sample = round,
            Prompt = prompt,
            PromptHash = StableHash.Hex(prompt),
            Temperature = Sampling.Temperature,
            MaxTokens = Sampling.MaxTokens,
            Response = completion.Text,
            FinishReason = completion.FinishReason,
            PromptTokens = completion.PromptTokens,
            CompletionTokens = completion.CompletionTokens,
            ReturnedModel = model.ReturnedName,
            SystemFingerprint = model.SystemFingerprint,
            Attempts = 1,
        };
    }
}
