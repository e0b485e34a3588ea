namespace Probes.Connectors.Simulated;

/// <summary>
/// Every decision a simulated model makes while writing a reply. A persona holds one preference vector (logits)
/// per kind; fingerprint features (word choice, formatting rates, lengths, answers, identity) each trace back
/// to one or more of these kinds.
/// </summary>
internal enum ChoiceKind
{
    Opening,
    Closing,
    Noun,
    Adjective,
    Verb,
    Adverb,
    Connector,
    Template,
    SentenceCount,
    ListStyle,
    Header,
    HeaderText,
    Bold,
    Emoji,
    EmojiSymbol,
    ParagraphBreak,
    AnswerLead,
    AnswerSentences,
    Animal,
    Colour,
    Number,
    PersonName,
    IdentityPhrase,
    Identity,
}
