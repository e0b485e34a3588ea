using System.Globalization;
using System.Text;
using Probes.Core.Specs;
using Probes.Core.Text;

namespace Probes.Connectors.Simulated;

/// <summary>
/// Writes one reply: optional header, a lead (opening pleasantry, identity claim or picked answer), body
/// sentences as prose or a list, optional closing. Every choice goes through the <see cref="ChoiceSampler"/>.
/// </summary>
internal static class SimulatedTextGenerator
{
    public static SimulatedCompletion Generate(SimulatedModel model, string prompt, SamplingSettings sampling, ulong seed)
    {
        var context = StableHash.Fnv64(prompt, StableHash.Fnv64(sampling.SystemPrompt ?? string.Empty));
        var sampler = new ChoiceSampler(model, context, sampling.Temperature, seed);
        var intent = PromptIntent.Detect(prompt);
        var text = new StringBuilder(512);

        if (sampler.ChooseYes(ChoiceKind.Header))
        {
            text.Append("## ").Append(sampler.ChooseFrom(ChoiceKind.HeaderText, SimulatedVocabulary.HeaderTexts)).Append("\n\n");
        }
        var lead = Lead(sampler, intent);
        var sentences = intent.Kind == IntentKind.Open
            ? sampler.Choose(ChoiceKind.SentenceCount) + 1
            : sampler.Choose(ChoiceKind.AnswerSentences);
        var listStyle = sentences >= 2 ? sampler.Choose(ChoiceKind.ListStyle) : 0;

        if (lead.Length > 0)
        {
            text.Append(lead);
            if (sentences > 0)
            {
                text.Append(listStyle == 0 ? " " : "\n\n");
            }
        }
        AppendBody(text, sampler, sentences, listStyle, intent.Topic);
        var closing = sampler.ChooseFrom(ChoiceKind.Closing, SimulatedVocabulary.Closings);
        if (closing.Length > 0)
        {
            text.Append(text.Length == 0 ? string.Empty : listStyle == 0 ? " " : "\n\n").Append(closing);
        }
        return TokenBudget.Apply(text.ToString(), prompt, sampling);
    }

    private static string Lead(ChoiceSampler sampler, PromptIntent intent)
    {
        switch (intent.Kind)
        {
            case IntentKind.Identity:
                var phrase = sampler.ChooseFrom(ChoiceKind.IdentityPhrase, SimulatedVocabulary.IdentityPhrases);
                var claimed = sampler.Model.IdentityNames[sampler.Choose(ChoiceKind.Identity)];
                return string.Format(CultureInfo.InvariantCulture, phrase, claimed);
            case IntentKind.PickOne:
                var leadIn = sampler.ChooseFrom(ChoiceKind.AnswerLead, SimulatedVocabulary.AnswerLeads);
                var answer = sampler.ChooseFrom(intent.AnswerCategory, SimulatedAnswers.For(intent.AnswerCategory));
                if (leadIn.Length == 0)
                {
                    answer = char.ToUpperInvariant(answer[0]) + answer[1..];
                }
                return sampler.ChooseYes(ChoiceKind.Bold) ? $"{leadIn}**{answer}**." : $"{leadIn}{answer}.";
            default:
                return sampler.ChooseFrom(ChoiceKind.Opening, SimulatedVocabulary.Openings);
        }
    }

    private static void AppendBody(StringBuilder text, ChoiceSampler sampler, int sentences, int listStyle, string? topic)
    {
        for (var s = 0; s < sentences; s++)
        {
            if (s > 0)
            {
                text.Append(listStyle != 0 ? "\n" : sampler.ChooseYes(ChoiceKind.ParagraphBreak) ? "\n\n" : " ");
            }
            var marker = SimulatedVocabulary.ListMarkers[listStyle];
            if (marker == SimulatedVocabulary.NumberedMarker)
            {
                text.Append((s + 1).ToString(CultureInfo.InvariantCulture)).Append(". ");
            }
            else
            {
                text.Append(marker);
            }
            AppendSentence(text, sampler, topic);
        }
    }

    private static void AppendSentence(StringBuilder text, ChoiceSampler sampler, string? topic)
    {
        var parts = SimulatedTemplates.Parts[sampler.Choose(ChoiceKind.Template)];
        var start = text.Length;
        var boldPending = sampler.ChooseYes(ChoiceKind.Bold);
        for (var i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 0)
            {
                text.Append(parts[i]);
                continue;
            }
            var word = Slot(sampler, parts[i][0], topic);
            if (boldPending && parts[i][0] == 'N')
            {
                text.Append("**").Append(word).Append("**");
                boldPending = false;
            }
            else
            {
                text.Append(word);
            }
        }
        CapitaliseFirstLetter(text, start);
        if (sampler.ChooseYes(ChoiceKind.Emoji))
        {
            text.Append(' ').Append(sampler.ChooseFrom(ChoiceKind.EmojiSymbol, SimulatedVocabulary.EmojiSymbols));
        }
    }

    private static string Slot(ChoiceSampler sampler, char code, string? topic) => code switch
    {
        'N' => sampler.ChooseFrom(ChoiceKind.Noun, SimulatedVocabulary.Nouns),
        'A' => sampler.ChooseFrom(ChoiceKind.Adjective, SimulatedVocabulary.Adjectives),
        'V' => sampler.ChooseFrom(ChoiceKind.Verb, SimulatedVocabulary.Verbs),
        'R' => sampler.ChooseFrom(ChoiceKind.Adverb, SimulatedVocabulary.Adverbs),
        'C' => sampler.ChooseFrom(ChoiceKind.Connector, SimulatedVocabulary.Connectors),
        'T' => topic ?? sampler.ChooseFrom(ChoiceKind.Noun, SimulatedVocabulary.Nouns),
        _ => throw new InvalidOperationException($"Unknown template slot '{code}'."),
    };

    private static void CapitaliseFirstLetter(StringBuilder text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]))
            {
                text[i] = char.ToUpperInvariant(text[i]);
                return;
            }
        }
    }
}
