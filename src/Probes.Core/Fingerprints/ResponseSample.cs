using Probes.Core.Records;
using Probes.Core.Text;

namespace Probes.Core.Fingerprints;

/// <summary>
/// One successful response as the feature families see it: normalised once, tokenised once, its word bi- and
/// trigram hashes composed once from the word hashes, then handed to every family with the record's metadata.
/// A fingerprint reuses one instance (and its buffers) for all records it folds.
/// </summary>
public sealed partial class ResponseSample
{
    private ReadOnlyMemory<char> _text;
    private char[]? _textBuffer;
    private WordToken[] _words = new WordToken[256];
    private ulong[] _wordHashes = new ulong[256];
    private ulong[] _bigrams = new ulong[256];
    private ulong[] _trigrams = new ulong[256];
    private int _wordCount;

    public string ProbeId { get; private set; } = string.Empty;

    /// <summary>The probe's family in its probe set ("identity", "gene", …); empty when unknown.</summary>
    public string ProbeFamily { get; private set; } = string.Empty;

    public int Variant { get; private set; }

    /// <summary>"{ProbeId}#{Variant}": one prompt text, the unit within which responses are compared.</summary>
    public string PromptKey => _promptFacts.Key;

    public string Prompt { get; private set; } = string.Empty;

    public string PromptHash { get; private set; } = string.Empty;

    /// <summary>The dominant script of the prompt: the language the model was addressed in.</summary>
    public Script PromptScript => _promptFacts.Script;

    /// <summary>The sampling temperature; NaN when unknown, which never counts as greedy.</summary>
    public double Temperature { get; private set; } = double.NaN;

    public string? FinishReason { get; private set; }

    public int? PromptTokens { get; private set; }

    public string? ReturnedModel { get; private set; }

    public string? SystemFingerprint { get; private set; }

    public double LatencyMs { get; private set; }

    /// <summary>The response after <see cref="TextNormalizer.Normalize(string?)"/>, usually a slice of the record's text.</summary>
    public ReadOnlySpan<char> Text => _text.Span;

    /// <summary>Length of <see cref="Text"/> in Unicode scalar values (an emoji counts once).</summary>
    public int CharacterCount { get; private set; }

    public ReadOnlySpan<WordToken> Words => _words.AsSpan(0, _wordCount);

    /// <summary><see cref="WordToken.Hash"/> of each word, side by side for sketches that take hashes in bulk.</summary>
    public ReadOnlySpan<ulong> WordHashes => _wordHashes.AsSpan(0, _wordCount);

    /// <summary>
    /// Hash of each word bigram, by its first word: entry k is <see cref="Sketches.SpaceSavingTopK.HashOf"/> of
    /// words k and k+1 folded and joined by one space.
    /// </summary>
    public ReadOnlySpan<ulong> Bigrams => _bigrams.AsSpan(0, Math.Max(0, _wordCount - 1));

    /// <summary>Hash of each word trigram, by its first word, composed like <see cref="Bigrams"/>.</summary>
    public ReadOnlySpan<ulong> Trigrams => _trigrams.AsSpan(0, Math.Max(0, _wordCount - 2));

    public bool IsGreedy => Temperature == 0;

    /// <summary>A sample with no record metadata: for families that read only the text.</summary>
    public static ResponseSample Of(string probeId, string? response)
    {
        var sample = new ResponseSample();
        sample.LoadText(probeId, response);
        sample._promptFacts = PromptFacts.Of(probeId, sample.ProbeFamily, 0, sample.Prompt);
        return sample;
    }

    public static ResponseSample Of(ProbeRecord record)
    {
        var sample = new ResponseSample();
        sample.Load(record);
        return sample;
    }

    public ReadOnlySpan<char> WordText(WordToken word) => word.In(Text);

    internal void Load(ProbeRecord record)
    {
        LoadText(record.ProbeId, record.Response);
        ProbeFamily = record.Family;
        Variant = record.Variant;
        _promptFacts = PromptFactsOf(record.ProbeId, record.Family, record.Variant, record.Prompt);
        Prompt = record.Prompt;
        PromptHash = record.PromptHash;
        Temperature = record.Temperature;
        FinishReason = record.FinishReason;
        PromptTokens = record.PromptTokens;
        ReturnedModel = record.ReturnedModel;
        SystemFingerprint = record.SystemFingerprint;
        LatencyMs = record.LatencyMs;
    }

    private void LoadText(string probeId, string? response)
    {
        ProbeId = probeId;
        _text = TextNormalizer.Normalize(response, ref _textBuffer);
        CharacterCount = ScalarCount(Text);
        _wordCount = 0;
        foreach (var word in WordTokenizer.Tokenize(Text))
        {
            if (_wordCount == _words.Length) Grow();
            _wordHashes[_wordCount] = word.Hash;
            _words[_wordCount++] = word;
        }
        ComposeNgrams();
    }

    private void Grow()
    {
        Array.Resize(ref _words, _words.Length * 2);
        Array.Resize(ref _wordHashes, _words.Length);
        Array.Resize(ref _bigrams, _words.Length);
        Array.Resize(ref _trigrams, _words.Length);
    }
}
