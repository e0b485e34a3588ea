using Probes.Core.Records;
using Probes.Core.Text;

namespace Probes.Core.Fingerprints;

/// <summary>
/// One successful response as the feature families see it: normalised once, tokenised once, then handed to
/// every family. A fingerprint reuses one instance (and its word buffer) for all records it folds.
/// </summary>
public sealed class ResponseSample
{
    private WordToken[] _words = new WordToken[256];
    private int _wordCount;

    public string ProbeId { get; private set; } = string.Empty;

    /// <summary>The response after <see cref="TextNormalizer.Normalize"/>.</summary>
    public string Text { get; private set; } = string.Empty;

    public ReadOnlySpan<WordToken> Words => _words.AsSpan(0, _wordCount);

    public static ResponseSample Of(string probeId, string? response)
    {
        var sample = new ResponseSample();
        sample.Load(probeId, response);
        return sample;
    }

    public ReadOnlySpan<char> WordText(WordToken word) => word.In(Text);

    internal void Load(ProbeRecord record) => Load(record.ProbeId, record.Response);

    internal void Load(string probeId, string? response)
    {
        ProbeId = probeId;
        Text = TextNormalizer.Normalize(response);
        _wordCount = 0;
        foreach (var word in WordTokenizer.Tokenize(Text))
        {
            if (_wordCount == _words.Length) Array.Resize(ref _words, _words.Length * 2);
            _words[_wordCount++] = word;
        }
    }
}
