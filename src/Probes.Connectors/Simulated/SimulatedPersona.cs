namespace Probes.Connectors.Simulated;

/// <summary>
/// One model's parameter set: a preference vector (logits) for every <see cref="ChoiceKind"/>. Drawn once from
/// the family seed and the model name, then frozen, so a model has no per-seed drift: two replies with
/// different seeds are exchangeable draws from the same distribution.
/// </summary>
internal sealed class SimulatedPersona
{
    private static readonly int _kindCount = Enum.GetValues<ChoiceKind>().Length;

    private readonly double[][] _logits;

    private SimulatedPersona(double[][] logits) => _logits = logits;

    public ReadOnlySpan<double> LogitsFor(ChoiceKind kind) => _logits[(int)kind];

    /// <summary>Draws a persona; <paramref name="identityLogits"/> says whom it claims to be, over the family's names.</summary>
    public static SimulatedPersona Draw(ulong personaSeed, double[] identityLogits)
    {
        var logits = new double[_kindCount][];
        for (var k = 0; k < _kindCount; k++)
        {
            var kind = (ChoiceKind)k;
            var stream = new HashStream(personaSeed ^ ((ulong)(k + 1) * 0xD1B54A32D192ED03UL));
            logits[k] = kind == ChoiceKind.Identity ? identityLogits : DrawKind(kind, ref stream);
        }
        return new SimulatedPersona(logits);
    }

    private static double[] DrawKind(ChoiceKind kind, ref HashStream stream) => kind switch
    {
        ChoiceKind.SentenceCount => LengthBump(SimulatedVocabulary.MaxSentences, 0.0, 6.0, 0.6, 1.5, ref stream),
        ChoiceKind.AnswerSentences => LengthBump(SimulatedVocabulary.MaxAnswerSentences + 1, 0.0, 2.5, 0.5, 1.2, ref stream),
        ChoiceKind.Header => Habit(0.02, 0.7, ref stream),
        ChoiceKind.Bold => Habit(0.02, 0.6, ref stream),
        ChoiceKind.Emoji => Habit(0.005, 0.4, ref stream),
        ChoiceKind.ParagraphBreak => Habit(0.05, 0.7, ref stream),
        _ => Preferences(CandidateCount(kind), Spread(kind), ref stream),
    };

    // How peaked a model's taste is per kind: openings and free-choice answers are strongly idiosyncratic in
    // real models, sentence templates less so.
    private static double Spread(ChoiceKind kind) => kind switch
    {
        ChoiceKind.Opening or ChoiceKind.Closing => 2.0,
        ChoiceKind.Animal or ChoiceKind.Colour or ChoiceKind.Number or ChoiceKind.PersonName => 2.0,
        ChoiceKind.AnswerLead => 1.8,
        ChoiceKind.Template => 1.3,
        _ => 1.6,
    };

    public static int CandidateCount(ChoiceKind kind) => kind switch
    {
        ChoiceKind.Opening => SimulatedVocabulary.Openings.Length,
        ChoiceKind.Closing => SimulatedVocabulary.Closings.Length,
        ChoiceKind.Noun => SimulatedVocabulary.Nouns.Length,
        ChoiceKind.Adjective => SimulatedVocabulary.Adjectives.Length,
        ChoiceKind.Verb => SimulatedVocabulary.Verbs.Length,
        ChoiceKind.Adverb => SimulatedVocabulary.Adverbs.Length,
        ChoiceKind.Connector => SimulatedVocabulary.Connectors.Length,
        ChoiceKind.Template => SimulatedTemplates.Count,
        ChoiceKind.ListStyle => SimulatedVocabulary.ListMarkers.Length,
        ChoiceKind.HeaderText => SimulatedVocabulary.HeaderTexts.Length,
        ChoiceKind.EmojiSymbol => SimulatedVocabulary.EmojiSymbols.Length,
        ChoiceKind.AnswerLead => SimulatedVocabulary.AnswerLeads.Length,
        ChoiceKind.IdentityPhrase => SimulatedVocabulary.IdentityPhrases.Length,
        ChoiceKind.Animal or ChoiceKind.Colour or ChoiceKind.Number or ChoiceKind.PersonName =>
            SimulatedAnswers.For(kind).Length,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Kind has no fixed candidate list."),
    };

    private static double[] Preferences(int count, double spread, ref HashStream stream)
    {
        var logits = new double[count];
        for (var i = 0; i < count; i++)
        {
            logits[i] = spread * stream.NextNormal();
        }
        return logits;
    }

    /// <summary>
    /// A yes/no habit (use a header, bold a word…) with a model-specific base rate, uniform on the log-odds scale:
    /// rare habits (1 in 100) and frequent ones (1 in 2) are equally likely, as among real models.
    /// </summary>
    private static double[] Habit(double minRate, double maxRate, ref HashStream stream)
    {
        var low = LogOdds(minRate);
        return [0.0, low + (LogOdds(maxRate) - low) * stream.NextUnit()];
    }

    private static double LogOdds(double rate) => Math.Log(rate / (1 - rate));

    /// <summary>Lengths cluster around a model-specific mean; candidate i stands for i+offset sentences.</summary>
    private static double[] LengthBump(int count, double minMean, double maxMean, double minSpread, double maxSpread,
        ref HashStream stream)
    {
        var mean = minMean + (maxMean - minMean) * stream.NextUnit();
        var spread = minSpread + (maxSpread - minSpread) * stream.NextUnit();
        var logits = new double[count];
        for (var i = 0; i < count; i++)
        {
            var distance = (i - mean) / spread;
            logits[i] = -0.5 * distance * distance;
        }
        return logits;
    }
}
