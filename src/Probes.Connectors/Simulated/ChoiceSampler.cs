using Probes.Core.Text;

namespace Probes.Connectors.Simulated;

/// <summary>
/// Makes one reply's decisions. Each decision scores its candidates as the model's preference plus a
/// prompt-dependent term shared by the whole family (what all models "learned" alike), then samples with
/// the temperature: softmax(score / T), or argmax at T = 0. The seed only feeds the sampling draws, so
/// greedy output is seed-free and two seeds give exchangeable samples of one fixed distribution.
/// </summary>
internal sealed class ChoiceSampler
{
    // Strength of the shared, prompt-dependent term relative to model preferences (spread 1.3–2.0): enough to
    // make greedy replies vary by prompt and let unrelated models agree sometimes, not enough to mask taste.
    private const double SharedScale = 0.8;
    private const ulong CandidateStride = 0x9E3779B97F4A7C15UL;

    private readonly SimulatedModel _model;
    private readonly ulong _context;
    private readonly double _temperature;
    private HashStream _draws;
    private ulong _step;

    public ChoiceSampler(SimulatedModel model, ulong context, double temperature, ulong seed)
    {
        _model = model;
        _context = context;
        _temperature = temperature;
        _draws = new HashStream(StableHash.Mix(seed ^ StableHash.Mix(context ^ model.Seed)));
    }

    public SimulatedModel Model => _model;

    public int Choose(ChoiceKind kind)
    {
        _step++;
        var stepKey = StableHash.Mix(_context ^ ((_step << 8) | (ulong)kind));
        var logits = _model.PersonaFor(kind, stepKey).LogitsFor(kind);
        Span<double> scores = logits.Length <= 256 ? stackalloc double[logits.Length] : new double[logits.Length];
        var best = 0;
        for (var i = 0; i < logits.Length; i++)
        {
            var shared = HashStream.ToNormal(StableHash.Mix(stepKey + (ulong)(i + 1) * CandidateStride));
            scores[i] = logits[i] + SharedScale * shared;
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }
        return _temperature <= 0 ? best : Sample(scores, scores[best]);
    }

    public bool ChooseYes(ChoiceKind habit) => Choose(habit) == 1;

    public string ChooseFrom(ChoiceKind kind, string[] candidates) => candidates[Choose(kind)];

    private int Sample(Span<double> scores, double max)
    {
        var total = 0.0;
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = Math.Exp((scores[i] - max) / _temperature);
            total += scores[i];
        }
        var target = _draws.NextUnit() * total;
        for (var i = 0; i < scores.Length; i++)
        {
            target -= scores[i];
            if (target < 0)
            {
                return i;
            }
        }
        return scores.Length - 1;
    }
}
